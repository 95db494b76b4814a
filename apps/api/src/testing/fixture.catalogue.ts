/** The small, hand-written part of the fixture: places, organisations, programmes and QI. */

export const WARDS = [
  { code: 'BISC', name: 'Biscot', deprivation_decile: 2 },
  { code: 'DALL', name: 'Dallow', deprivation_decile: 2 },
  { code: 'SAIN', name: 'Saints', deprivation_decile: 3 },
  { code: 'STOP', name: 'Stopsley', deprivation_decile: 8 },
];

export const ORGANISATIONS = [
  { id: 1, code: 'luton-council-ph', name: 'Luton Council Public Health', kind: 'commissioner' },
  { id: 2, code: 'active-luton', name: 'Active Luton', kind: 'provider' },
  { id: 3, code: 'wellbeing-partnership', name: 'Wellbeing Partnership CIC', kind: 'provider' },
];

export const CONTRACTS = [
  {
    id: 1,
    code: 'integrated-wellbeing-2018',
    title: 'Integrated wellbeing service',
    commissioner_id: 1,
    starts_on: '2018-04-01',
    ends_on: '2023-03-31',
    extension_ends_on: '2025-03-31',
  },
];
export const CONTRACT_PROVIDERS = [
  { contract_id: 1, organisation_id: 2 },
  { contract_id: 1, organisation_id: 3 },
];

export const KPIS = [
  {
    id: 1,
    contract_id: 1,
    code: 'referrals-quarter',
    name: 'Referrals a quarter',
    description: 'Referrals received in the quarter.',
    metric: 'referrals',
    unit: 'count',
    direction: 'higher',
    period: 'quarter',
    tolerance: 5,
  },
  {
    id: 2,
    contract_id: 1,
    code: 'satisfaction',
    name: 'Participant satisfaction',
    description: 'Share of participants satisfied.',
    metric: 'reported',
    unit: 'percent',
    direction: 'higher',
    period: 'quarter',
    tolerance: 2.5,
  },
];
export const KPI_TARGETS = [
  { kpi_id: 1, period_start: '2019-04-01', target: 20 },
  { kpi_id: 1, period_start: '2019-07-01', target: 22 },
];
export const KPI_VALUES = [
  { kpi_id: 2, period_start: '2019-04-01', value: 92.5 },
  { kpi_id: 2, period_start: '2019-07-01', value: 94 },
];

export const SERVICES = [
  { id: 1, code: 'ltc-rehab', name: 'Long-term conditions rehab', provider_id: 2 },
  { id: 2, code: 'falls-prevention', name: 'Falls prevention', provider_id: 2 },
  { id: 3, code: 'wellbeing-support', name: 'Wellbeing support', provider_id: 3 },
];

export const PROGRAMMES = [
  { id: 1, code: 'ltc-exercise', name: 'LTC exercise rehab', service_id: 1, duration_weeks: 12, sessions_per_week: 2, fee_pence: 0, opened_on: '2018-04-01' },
  {
    id: 2,
    code: 'strength-balance',
    name: 'Strength and balance',
    service_id: 2,
    duration_weeks: 8,
    sessions_per_week: 1,
    fee_pence: 0,
    opened_on: '2018-04-01',
  },
  { id: 3, code: 'tai-chi', name: 'Tai Chi', service_id: 3, duration_weeks: 10, sessions_per_week: 1, fee_pence: 250, opened_on: '2018-04-01' },
];

export const VENUES = [
  { id: 1, code: 'biscot-cc', name: 'Biscot Community Centre', kind: 'community_centre', ward_code: 'BISC' },
  { id: 2, code: 'lea-manor-lc', name: 'Lea Manor Leisure Centre', kind: 'leisure_centre', ward_code: 'SAIN' },
];
export const PROGRAMME_VENUES = [
  { programme_id: 1, venue_id: 2 },
  { programme_id: 2, venue_id: 1 },
  { programme_id: 3, venue_id: 1 },
  { programme_id: 3, venue_id: 2 },
];

export const OUTREACH_EVENTS = [
  { id: 1, held_on: '2019-03-10', title: 'Health talk at Biscot mosque', kind: 'faith_talk', ward_code: 'BISC', community: 'Pakistani men', attendance: 60 },
  { id: 2, held_on: '2019-07-20', title: 'Dallow summer festival', kind: 'festival', ward_code: 'DALL', community: '', attendance: 240 },
  { id: 3, held_on: '2020-02-01', title: 'Healthy living fair', kind: 'health_fair', ward_code: null, community: '', attendance: 90 },
];

const POPULATION_ETHNIC = ['A', 'J', 'N'];
const POPULATION_AGES = ['16-24', '45-54', '75-84'];
export const POPULATION = WARDS.flatMap((ward) =>
  POPULATION_ETHNIC.flatMap((ethnic) =>
    POPULATION_AGES.flatMap((age) => ['female', 'male'].map((sex) => ({ year: 2021, ward_code: ward.code, ethnic_code: ethnic, age_band: age, sex }))),
  ),
).map((cell, index) => ({ ...cell, residents: 100 + index * 7 }));

export const QI_PROJECTS = [
  {
    id: 1,
    code: 'falls-pathway',
    title: 'Faster falls pathway',
    team: 'Falls team',
    aim: 'Cut the wait to a first session to 21 days by March 2022.',
    service_id: 2,
    started_on: '2021-01-04',
    ended_on: null,
    status: 'testing',
    progress_score: 3.5,
  },
  {
    id: 2,
    code: 'ltc-waits',
    title: 'Shorter LTC waits',
    team: 'LTC team',
    aim: 'Halve the median wait by April 2022.',
    service_id: 1,
    started_on: '2020-04-01',
    ended_on: '2022-03-31',
    status: 'closed',
    progress_score: 4,
  },
  {
    id: 3,
    code: 'forum-rebuild',
    title: 'Rebuild the QI forum',
    team: 'Hub leadership',
    aim: 'Involve service users in 8 of 10 projects.',
    service_id: null,
    started_on: '2021-06-01',
    ended_on: null,
    status: 'planning',
    progress_score: 1,
  },
];
export const QI_INVOLVEMENT = [
  { project_id: 1, effective_on: '2021-01-04', level: 'none' },
  { project_id: 1, effective_on: '2022-06-01', level: 'big_i' },
  { project_id: 2, effective_on: '2020-04-01', level: 'little_i' },
];
export const QI_MEASURES = [
  { id: 1, project_id: 1, name: 'Days to first session', unit: 'days', direction: 'decrease', target: 21, chart: 'xmr' },
  { id: 2, project_id: 1, name: 'Falls clinic referrals accepted', unit: '%', direction: 'increase', target: null, chart: 'xmr' },
  { id: 3, project_id: 2, name: 'Median wait', unit: 'days', direction: 'decrease', target: 14, chart: 'xmr' },
];
export const QI_MEASURE_VALUES = [
  ...Array.from({ length: 15 }, (_, k) => ({
    measure_id: 1,
    period_start: addMonths('2021-01-01', k),
    value: 40 - k,
  })),
  ...Array.from({ length: 6 }, (_, k) => ({ measure_id: 2, period_start: addMonths('2021-01-01', k), value: 60 + k * 3 })),
  ...Array.from({ length: 3 }, (_, k) => ({ measure_id: 3, period_start: addMonths('2020-04-01', k), value: 30 - k * 2 })),
];
/** Days 10 and 3 of their months: a saved mark applies to the period holding its date. */
export const QI_CHART_MARKS = [
  { measure_id: 1, kind: 'ghost', at: '2021-08-10', reason: 'Half the team off sick.' },
  { measure_id: 1, kind: 'rebase', at: '2021-11-03', reason: 'Direct booking adopted.' },
];
export const PDSA_CYCLES = [
  {
    id: 1,
    project_id: 1,
    sequence: 1,
    change_idea: 'Text reminders before the first session',
    plan: 'Text everyone two days before.',
    do_notes: 'Sent 40 texts.',
    study: 'Fewer missed first sessions.',
    act: 'Keep it.',
    decision: 'adopt',
    started_on: '2021-03-01',
    ended_on: '2021-03-31',
  },
  {
    id: 2,
    project_id: 1,
    sequence: 2,
    change_idea: 'Book directly from the falls clinic',
    plan: 'Clinic staff book the first session.',
    do_notes: '',
    study: '',
    act: '',
    decision: null,
    started_on: '2021-06-01',
    ended_on: null,
  },
];
export const PDSA_CYCLE_MEASURES = [
  { cycle_id: 1, measure_id: 1 },
  { cycle_id: 2, measure_id: 1 },
  { cycle_id: 2, measure_id: 2 },
];
export const QI_ANNOTATIONS = [
  { id: 1, project_id: 1, measure_id: 1, noted_on: '2021-03-01', text: 'Text reminders started.' },
  { id: 2, project_id: 1, measure_id: null, noted_on: '2021-06-01', text: 'Two forum members joined the team.' },
];
export const QI_FORUM_MEETINGS = [
  { id: 1, held_on: '2021-01-15', staff_attendees: 8, service_user_carer_attendees: 1, notes: '' },
  { id: 2, held_on: '2021-04-15', staff_attendees: 7, service_user_carer_attendees: 5, notes: 'Working-together group joined.' },
  { id: 3, held_on: '2021-07-15', staff_attendees: 6, service_user_carer_attendees: 9, notes: '' },
];

function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}
