import { instruments } from '@hub/analytics';
import { PERSON_SEXES, REFERRAL_STATUSES, TIMEPOINTS } from '@hub/db';

/**
 * The spellings services export for each coded column, mapped onto the hub's codes. A spelling
 * is compared with case, spaces and punctuation ignored, so "White - British", "white british"
 * and "WHITE_BRITISH" are one spelling.
 */
export type CodeList = ReadonlyMap<string, string>;

export function spellingKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function codeList(entries: Record<string, readonly string[]>): CodeList {
  const map = new Map<string, string>();
  for (const [code, spellings] of Object.entries(entries)) {
    for (const spelling of [code, ...spellings]) map.set(spellingKey(spelling), code);
  }
  return map;
}

/** The code for a spelling, or null when the list has no such spelling. */
export function codeOf(list: CodeList, value: string): string | null {
  return list.get(spellingKey(value)) ?? null;
}

// NHS Data Dictionary ETHNIC CATEGORY (2001 census categories): the code, the hub's name, the
// Data Dictionary's label alone and under its group heading ("Asian or Asian British - Indian").
const ETHNIC_LABELS: readonly [code: string, hubName: string, heading: string, label: string][] = [
  ['A', 'White British', 'White', 'British'],
  ['B', 'White Irish', 'White', 'Irish'],
  ['C', 'Any other White background', 'White', 'Any other White background'],
  ['D', 'White and Black Caribbean', 'Mixed', 'White and Black Caribbean'],
  ['E', 'White and Black African', 'Mixed', 'White and Black African'],
  ['F', 'White and Asian', 'Mixed', 'White and Asian'],
  ['G', 'Any other mixed background', 'Mixed', 'Any other mixed background'],
  ['H', 'Indian', 'Asian or Asian British', 'Indian'],
  ['J', 'Pakistani', 'Asian or Asian British', 'Pakistani'],
  ['K', 'Bangladeshi', 'Asian or Asian British', 'Bangladeshi'],
  ['L', 'Any other Asian background', 'Asian or Asian British', 'Any other Asian background'],
  ['M', 'Caribbean', 'Black or Black British', 'Caribbean'],
  ['N', 'African', 'Black or Black British', 'African'],
  ['P', 'Any other Black background', 'Black or Black British', 'Any other Black background'],
  ['R', 'Chinese', 'Other Ethnic Groups', 'Chinese'],
  ['S', 'Any other ethnic group', 'Other Ethnic Groups', 'Any other ethnic group'],
  ['Z', 'Not stated', 'Not stated', 'Not stated'],
  ['99', 'Not known', 'Not known', 'Not known'],
];

export const ETHNIC_CODES: CodeList = codeList(
  Object.fromEntries(ETHNIC_LABELS.map(([code, hubName, heading, label]) => [code, [hubName, label, `${heading} - ${label}`, `${heading}: ${label}`]])),
);

export const REFERRAL_SOURCE_CODES: CodeList = codeList({
  gp: ['GP', 'General practice', 'GP referral', 'Primary care'],
  hospital: ['Hospital', 'Hospital (including A&E and falls clinic)', 'A&E', 'Falls clinic', 'Secondary care'],
  community: ['Community', 'Community or voluntary group', 'Voluntary sector', 'Voluntary'],
  social_care: ['Social care', 'Social services', 'Adult social care'],
  self: ['Self', 'Self-referral', 'Self referral', 'Self referred'],
  other: ['Other'],
});

export const REFERRAL_STATUS_CODES: CodeList = codeList({
  received: ['Referral received', 'New', 'Waiting'],
  assessed: ['Assessment done'],
  started: ['In progress', 'Active'],
  completed: ['Complete', 'Finished'],
  declined: ['Refused'],
  did_not_start: ['Did not start', 'DNS', 'Not started'],
  dropped_out: ['Dropped out', 'Drop out', 'Dropout', 'Did not complete'],
} satisfies Record<(typeof REFERRAL_STATUSES)[number], readonly string[]>);

// NHS Data Dictionary PERSON STATED GENDER CODE: 1 male, 2 female, 9 indeterminate, X not known.
export const SEX_CODES: CodeList = codeList({
  female: ['F', '2', 'Woman'],
  male: ['M', '1', 'Man'],
  other: ['9', 'Indeterminate', 'Non-binary'],
  not_stated: ['X', '0', 'Not known', 'Unknown', 'Prefer not to say', 'Not specified'],
} satisfies Record<(typeof PERSON_SEXES)[number], readonly string[]>);

export const TIMEPOINT_CODES: CodeList = codeList({
  baseline: ['Start', 'Pre', 'Initial', 'First'],
  end: ['Post', 'End of programme', 'Discharge', 'Final'],
  follow_up_6m: ['6 months', '6 month follow-up', '6m follow up', 'Follow-up 6m', 'FU6'],
  follow_up_12m: ['12 months', '12 month follow-up', '12m follow up', 'Follow-up 12m', 'FU12'],
} satisfies Record<(typeof TIMEPOINTS)[number], readonly string[]>);

const INSTRUMENT_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  swemwbs: ['SWEMWBS'],
  wemwbs: ['WEMWBS'],
  gse: ['GSE', 'Self-efficacy'],
  phq9: ['PHQ-9', 'PHQ9'],
  gad7: ['GAD-7', 'GAD7'],
  co_ppm: ['CO', 'CO ppm', 'Carbon monoxide'],
};

/** The analytics catalogue's codes and names, and the usual abbreviations. */
export const INSTRUMENT_CODES: CodeList = codeList(
  Object.fromEntries(
    Object.values(instruments).map((instrument) => [instrument.code, [instrument.name, ...(INSTRUMENT_ABBREVIATIONS[instrument.code] ?? [])]]),
  ),
);

// NHS Data Dictionary ATTENDED OR DID NOT ATTEND: 5 and 6 were seen; 2 (cancelled by the patient),
// 3 (no warning) and 7 (too late to be seen) missed a session that ran; 4 is a session the
// service cancelled, which the person could not have come to.
export const ATTENDANCE_STATUS_CODES: CodeList = codeList({
  attended: ['5', '6', 'Yes', 'Y', 'Present', 'Seen', 'Arrived late but seen'],
  did_not_attend: ['2', '3', '7', 'DNA', 'Did not attend', 'No', 'N', 'Absent', 'No show', 'Cancelled by patient', 'Patient cancelled'],
  cancelled: ['4', 'Cancelled', 'Cancelled by service', 'Cancelled by provider', 'Session cancelled', 'Postponed'],
});
