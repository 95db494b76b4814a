import { ImportRefusedError } from '../import.errors.js';
import { OUTCOME_TEMPLATE } from './outcome.template.js';
import { REFERRAL_TEMPLATE } from './referral.template.js';
import { IMPORT_KINDS, type ImportKind, type ImportTemplate } from './template.js';

const TEMPLATES: Readonly<Record<ImportKind, ImportTemplate>> = { referrals: REFERRAL_TEMPLATE, outcomes: OUTCOME_TEMPLATE };

/** The template of a kind the user typed, or a refusal listing the kinds there are. */
export function templateOf(kind: string): ImportTemplate {
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
    throw new ImportRefusedError(`kind: there is no kind "${kind}"; the kinds are ${IMPORT_KINDS.join(', ')}`);
  }
  return TEMPLATES[kind as ImportKind];
}
