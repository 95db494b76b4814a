import { ImportRefusedError } from '../import.errors.js';
import { ATTENDANCE_TEMPLATE } from './attendance.template.js';
import { OUTCOME_TEMPLATE } from './outcome.template.js';
import { POPULATION_TEMPLATE } from './population.template.js';
import { QI_MEASURE_TEMPLATE } from './qi-measure.template.js';
import { REFERRAL_TEMPLATE } from './referral.template.js';
import { IMPORT_KINDS, type ImportKind, type ImportTemplate } from './template.js';

const TEMPLATES: Readonly<Record<ImportKind, ImportTemplate>> = {
  referrals: REFERRAL_TEMPLATE,
  outcomes: OUTCOME_TEMPLATE,
  attendance: ATTENDANCE_TEMPLATE,
  'qi-measures': QI_MEASURE_TEMPLATE,
  population: POPULATION_TEMPLATE,
};

/** The template of a kind the user typed, or a refusal listing the kinds there are. */
export function templateOf(kind: string): ImportTemplate {
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
    throw new ImportRefusedError(`kind: there is no kind "${kind}"; the kinds are ${IMPORT_KINDS.join(', ')}`);
  }
  return TEMPLATES[kind as ImportKind];
}
