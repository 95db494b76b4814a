import { CONDITIONS, type Condition, type PersonSex, type ReferralStatus } from '@hub/db';
import { parseDate, parseNhsNumber, parseYear } from '../value/cell.values.js';
import { ETHNIC_CODES, REFERRAL_SOURCE_CODES, REFERRAL_STATUS_CODES, SEX_CODES, spellingKey } from '../value/code.spellings.js';
import type { ReferenceData } from './reference.data.js';
import { RowReasons } from './row.reasons.js';

/** A referral row as the hub stores it: the NHS number already replaced by its pseudonym. */
export interface ReferralRecord {
  externalId: string;
  serviceId: number;
  programmeId: number;
  pseudonym: string;
  birthYear: number;
  sex: PersonSex;
  ethnicCode: string;
  wardCode: string | null;
  deprivationDecile: number | null;
  sourceCode: string;
  receivedOn: string;
  status: ReferralStatus;
  assessedOn: string | null;
  startedOn: string | null;
  endedOn: string | null;
  conditions: Condition[];
}

export type Checked<T> = { ok: true; record: T; pseudonym: string | null } | { ok: false; reasons: string[]; pseudonym: string | null };

// The dates each status needs and forbids, as the referral table's checks hold them.
const NEEDS_START: readonly ReferralStatus[] = ['started', 'completed', 'dropped_out'];
const NEEDS_END: readonly ReferralStatus[] = ['completed', 'declined', 'did_not_start', 'dropped_out'];
const OPEN: readonly ReferralStatus[] = ['received', 'assessed', 'started'];

/**
 * Checks one referral row (docs/import.md, "Referrals"). The pseudonym is returned even for a
 * refused row, so quarantine keeps it in the NHS number's place.
 */
export function checkReferralRow(
  values: Readonly<Record<string, string>>,
  reference: ReferenceData,
  pseudonymise: (nhsNumber: string) => string,
): Checked<ReferralRecord> {
  const row = new RowReasons(values);
  const externalId = row.required('referral_id');
  const programmeText = row.required('programme');
  const programme = programmeText === null ? undefined : reference.programmes.get(spellingKey(programmeText));
  if (programmeText !== null && !programme) row.add('programme', 'is not a programme of the hub');
  if (programme && reference.allowedProgrammeIds && !reference.allowedProgrammeIds.has(programme.id)) {
    row.add('programme', 'is outside the services and programmes your account manages');
  }
  const nhsNumber = row.parsed('nhs_number', parseNhsNumber, true);
  const pseudonym = nhsNumber === null ? null : pseudonymise(nhsNumber);
  const birthYear = row.parsed('birth_year', (text) => parseYear(text, Number(reference.today.slice(0, 4))), true);
  const sex = row.code('sex', SEX_CODES, 'female, male, other, not_stated (or F, M, 1, 2, 9, X)') as PersonSex | null;
  const ethnicCode = row.code('ethnic_category', ETHNIC_CODES, 'the NHS ethnic categories (A–S, Z, 99 or their labels)');
  const wardText = row.text('ward');
  const ward = wardText === '' ? null : reference.wards.get(spellingKey(wardText));
  if (ward === undefined) row.add('ward', 'is not a ward of the hub');
  const sourceCode = row.code('source', REFERRAL_SOURCE_CODES, 'the referral sources (gp, hospital, community, social_care, self, other)');
  const status = row.code(
    'status',
    REFERRAL_STATUS_CODES,
    `the statuses (received, assessed, started, completed, declined, did_not_start, dropped_out)`,
  ) as ReferralStatus | null;
  const dates = {
    received_on: row.parsed('received_on', parseDate, true),
    assessed_on: row.parsed('assessed_on', parseDate, false),
    started_on: row.parsed('started_on', parseDate, false),
    ended_on: row.parsed('ended_on', parseDate, false),
  };
  checkDates(row, dates, status, reference.today);
  const conditions = checkConditions(row);
  if (birthYear !== null && dates.received_on !== null && birthYear > Number(dates.received_on.slice(0, 4))) {
    row.add('birth_year', `is after the year the referral was received (${dates.received_on.slice(0, 4)})`);
  }
  if (!row.ok) return { ok: false, reasons: row.list, pseudonym };
  return {
    ok: true,
    pseudonym,
    record: {
      externalId: externalId!,
      serviceId: programme!.serviceId,
      programmeId: programme!.id,
      pseudonym: pseudonym!,
      birthYear: birthYear!,
      sex: sex!,
      ethnicCode: ethnicCode!,
      wardCode: ward?.code ?? null,
      deprivationDecile: ward?.deprivationDecile ?? null,
      sourceCode: sourceCode!,
      receivedOn: dates.received_on!,
      status: status!,
      assessedOn: dates.assessed_on,
      startedOn: dates.started_on,
      endedOn: dates.ended_on,
      conditions,
    },
  };
}

type StepDates = Record<'received_on' | 'assessed_on' | 'started_on' | 'ended_on', string | null>;

/** Each step on or after the one before it, none in the future, and the dates the status needs. */
function checkDates(row: RowReasons, dates: StepDates, status: ReferralStatus | null, today: string): void {
  const steps = ['received_on', 'assessed_on', 'started_on', 'ended_on'] as const;
  for (const step of steps) {
    const day = dates[step];
    if (day !== null && day > today) row.add(step, `is in the future (today is ${today})`, row.text(step));
  }
  for (let later = 1; later < steps.length; later++) {
    const day = dates[steps[later]];
    const before = steps
      .slice(0, later)
      .reverse()
      .find((step) => dates[step] !== null);
    if (day !== null && before && day < dates[before]!) row.add(steps[later], `is before ${before} (${dates[before]})`, row.text(steps[later]));
  }
  if (status === null) return;
  if (NEEDS_START.includes(status) && dates.started_on === null && row.text('started_on') === '')
    row.add('started_on', `is required when the status is ${status}`, null);
  if (NEEDS_END.includes(status) && dates.ended_on === null && row.text('ended_on') === '')
    row.add('ended_on', `is required when the status is ${status}`, null);
  if (status === 'assessed' && dates.assessed_on === null && row.text('assessed_on') === '')
    row.add('assessed_on', 'is required when the status is assessed', null);
  if (OPEN.includes(status) && row.text('ended_on') !== '') row.add('ended_on', `must be blank while the status is ${status}`);
  if (status === 'received') {
    for (const step of ['assessed_on', 'started_on'] as const) if (row.text(step) !== '') row.add(step, 'must be blank while the status is received');
  }
}

function checkConditions(row: RowReasons): Condition[] {
  const text = row.text('conditions');
  if (text === '') return [];
  const found = new Set<Condition>();
  for (const part of text.split(/[;,|]/)) {
    const key = spellingKey(part).replace(/ /g, '_');
    if (key === '') continue;
    if ((CONDITIONS as readonly string[]).includes(key)) found.add(key as Condition);
    else row.add('conditions', `is not one of the conditions (${CONDITIONS.join(', ')})`, part.trim());
  }
  return CONDITIONS.filter((condition) => found.has(condition));
}
