/**
 * Ten QI projects across the service. Involvement history follows seeds/luton-qi-forum.txt:
 * at the end of 2021 only 1 of 10 projects had service-user input; after the forum was rebuilt
 * with the Luton Working Together Group in spring 2022, 8 of 10 had it by the end of 2023.
 * The falls project follows seeds/falls-prevention-qi-snapshot.txt.
 */
export type InvolvementLevel = 'big_i' | 'little_i' | 'none';

export interface QiProjectReference {
  id: number;
  code: string;
  title: string;
  team: string;
  aim: string;
  serviceCode: string | null;
  startedOn: string;
  endedOn: string | null;
  status: 'planning' | 'testing' | 'implementing' | 'sustaining' | 'closed';
  progressScore: number;
  involvement: readonly { effectiveOn: string; level: InvolvementLevel }[];
}

/** The dates the forum's story is told at: before and after the rebuild. */
export const INVOLVEMENT_BEFORE = '2021-12-31';
export const INVOLVEMENT_AFTER = '2023-12-31';
export const FORUM_REBUILT_ON = '2022-03-01';

const none = (on: string) => ({ effectiveOn: on, level: 'none' as const });

export const qiProjects: readonly QiProjectReference[] = [
  {
    id: 1,
    code: 'ltc-gp-referrals',
    title: 'More GP referrals to the long-term conditions team',
    team: 'Total Wellbeing Luton long-term conditions team',
    aim: 'Double monthly GP referrals to the long-term conditions team by March 2020.',
    serviceCode: 'ltc-team',
    startedOn: '2019-01-07',
    endedOn: '2024-03-28',
    status: 'closed',
    progressScore: 4.5,
    involvement: [none('2019-01-07'), { effectiveOn: '2022-09-12', level: 'little_i' }],
  },
  {
    id: 2,
    code: 'bame-uptake',
    title: 'Raising uptake among Black, Asian and minority-ethnic communities',
    team: 'Community outreach team',
    aim: 'Bring the share of referrals from Black, Asian and minority-ethnic residents to 45% by March 2023.',
    serviceCode: 'ltc-team',
    startedOn: '2019-06-03',
    endedOn: null,
    status: 'implementing',
    progressScore: 3.5,
    involvement: [
      { effectiveOn: '2019-06-03', level: 'little_i' },
      { effectiveOn: '2022-05-09', level: 'big_i' },
    ],
  },
  {
    id: 3,
    code: 'falls-strength-balance',
    title: 'Luton Falls Prevention: Strength and Balance Programme',
    team: 'Luton Falls Service',
    aim: 'Establish a NICE-aligned falls strength and balance programme and a seamless pathway between falls services.',
    serviceCode: 'falls-prevention',
    startedOn: '2021-05-04',
    endedOn: null,
    status: 'sustaining',
    progressScore: 4.0,
    involvement: [none('2021-05-04'), { effectiveOn: '2022-10-03', level: 'big_i' }],
  },
  {
    id: 4,
    code: 'qi-forum',
    title: 'Revitalising the Luton QI forum',
    team: 'Luton QI forum with the Luton Working Together Group',
    aim: 'Increase the number of service users and carers involved in local QI and attending the forum.',
    serviceCode: null,
    startedOn: '2021-09-01',
    endedOn: null,
    status: 'sustaining',
    progressScore: 4.5,
    involvement: [none('2021-09-01'), { effectiveOn: '2022-03-01', level: 'big_i' }],
  },
  {
    id: 5,
    code: 'tt-first-appointments',
    title: 'Fewer missed first appointments in talking therapies',
    team: 'Luton talking therapies team',
    aim: 'Reduce missed first appointments to under 10% by December 2021.',
    serviceCode: 'talking-therapies',
    startedOn: '2020-02-03',
    endedOn: null,
    status: 'implementing',
    progressScore: 3.0,
    involvement: [none('2020-02-03'), { effectiveOn: '2022-07-04', level: 'little_i' }],
  },
  {
    id: 6,
    code: 'smoking-quits',
    title: 'More four-week quits confirmed by carbon monoxide',
    team: 'Stop smoking advisers',
    aim: 'Raise the confirmed four-week quit rate to 50%.',
    serviceCode: 'stop-smoking',
    startedOn: '2019-09-02',
    endedOn: null,
    status: 'testing',
    progressScore: 2.5,
    involvement: [none('2019-09-02')],
  },
  {
    id: 7,
    code: 'class-retention',
    title: 'Keeping people active after 12 weeks',
    team: 'Active Luton classes team',
    aim: 'Two in three people still active in a class six months after their programme.',
    serviceCode: 'active-living',
    startedOn: '2019-11-04',
    endedOn: '2024-09-30',
    status: 'closed',
    progressScore: 4.0,
    involvement: [none('2019-11-04'), { effectiveOn: '2022-06-06', level: 'big_i' }],
  },
  {
    id: 8,
    code: 'wait-to-start',
    title: 'Shorter waits from referral to first session',
    team: 'Single point of access team',
    aim: 'Median wait from referral to first session under 21 days.',
    serviceCode: null,
    startedOn: '2020-09-07',
    endedOn: null,
    status: 'implementing',
    progressScore: 3.5,
    involvement: [none('2020-09-07'), { effectiveOn: '2022-11-07', level: 'little_i' }],
  },
  {
    id: 9,
    code: 'neuro-pathway',
    title: 'Opening exercise rehab to people with neurological conditions',
    team: 'Total Wellbeing Luton long-term conditions team',
    aim: "Accept and support people with dementia, Parkinson's and other neurological conditions.",
    serviceCode: 'ltc-team',
    startedOn: '2019-10-07',
    endedOn: null,
    status: 'sustaining',
    progressScore: 4.0,
    involvement: [none('2019-10-07'), { effectiveOn: '2023-02-06', level: 'big_i' }],
  },
  {
    id: 10,
    code: 'outcome-completion',
    title: 'Complete end-of-programme outcome measures',
    team: 'Data and performance team',
    aim: '90% of completers with paired end-of-programme outcome measures.',
    serviceCode: null,
    startedOn: '2020-06-01',
    endedOn: null,
    status: 'testing',
    progressScore: 2.0,
    involvement: [none('2020-06-01')],
  },
];

/** How a measure's monthly values are made: a level with shifts or trends, or days between events. */
export type MeasureModel =
  | {
      kind: 'level';
      from: string;
      mean: number;
      sd: number;
      decimals: number;
      count?: boolean;
      max?: number;
      changes?: readonly { at: string; mean: number; overMonths?: number; rebase?: boolean }[];
      ghost?: string;
    }
  | { kind: 'days_between'; from: string; meanDays: number; changes: readonly { at: string; meanDays: number }[] }
  | { kind: 'involvement'; from: string };

export interface QiMeasureReference {
  id: number;
  projectId: number;
  name: string;
  description: string;
  unit: string;
  direction: 'increase' | 'decrease' | 'neither';
  target: number | null;
  chart: 'xmr' | 't';
  model: MeasureModel;
}

const m = (
  id: number,
  projectId: number,
  name: string,
  unit: string,
  direction: QiMeasureReference['direction'],
  target: number | null,
  model: MeasureModel,
  description = '',
  chart: 'xmr' | 't' = 'xmr',
): QiMeasureReference => ({ id, projectId, name, description, unit, direction, target, chart, model });

export const qiMeasures: readonly QiMeasureReference[] = [
  m(1, 1, 'GP referrals to the LTC team', 'referrals', 'increase', 60, {
    kind: 'level',
    from: '2018-07-01',
    mean: 24,
    sd: 0,
    decimals: 0,
    count: true,
    changes: [
      { at: '2019-09-01', mean: 48, overMonths: 8 },
      { at: '2020-04-01', mean: 20 },
      { at: '2020-09-01', mean: 55, overMonths: 6 },
    ],
  }),
  m(2, 1, 'Practices referring in the month', 'practices', 'increase', 20, {
    kind: 'level',
    from: '2018-07-01',
    mean: 9,
    sd: 0,
    decimals: 0,
    count: true,
    changes: [{ at: '2019-10-01', mean: 17, rebase: true }],
  }),
  m(3, 2, 'Referrals from Black, Asian and minority-ethnic residents', '%', 'increase', 45, {
    kind: 'level',
    from: '2018-04-01',
    mean: 26,
    sd: 3,
    decimals: 1,
    max: 100,
    changes: [{ at: '2019-07-01', mean: 44, overMonths: 36 }],
  }),
  m(4, 2, 'People reached at outreach events', 'people', 'increase', null, {
    kind: 'level',
    from: '2019-07-01',
    mean: 180,
    sd: 0,
    decimals: 0,
    count: true,
    changes: [
      { at: '2020-04-01', mean: 30 },
      { at: '2021-07-01', mean: 260, overMonths: 6 },
    ],
  }),
  m(
    5,
    3,
    'Days between falls among programme participants',
    'days',
    'increase',
    null,
    { kind: 'days_between', from: '2021-06-01', meanDays: 9, changes: [{ at: '2023-07-01', meanDays: 24 }] },
    'Days since the previous fall reported by anyone on the falls pathway.',
    't',
  ),
  m(6, 3, 'Days from referral to falls assessment', 'days', 'decrease', 28, {
    kind: 'level',
    from: '2021-05-01',
    mean: 46,
    sd: 5,
    decimals: 0,
    changes: [{ at: '2023-02-01', mean: 27, rebase: true }],
  }),
  m(7, 3, 'Direct referrals to the falls clinic', 'referrals', 'increase', null, {
    kind: 'level',
    from: '2021-05-01',
    mean: 1,
    sd: 0,
    decimals: 0,
    count: true,
    changes: [{ at: '2023-03-01', mean: 9 }],
  }),
  m(8, 4, 'Service users and carers at the forum', 'people', 'increase', 8, {
    kind: 'level',
    from: '2020-01-01',
    mean: 0.4,
    sd: 0,
    decimals: 0,
    count: true,
    changes: [{ at: '2022-03-01', mean: 9, overMonths: 10 }],
  }),
  m(9, 4, 'Projects with service-user involvement', '%', 'increase', 80, { kind: 'involvement', from: '2020-01-01' }),
  m(10, 5, 'First appointments missed', '%', 'decrease', 10, {
    kind: 'level',
    from: '2019-04-01',
    mean: 21,
    sd: 2.5,
    decimals: 1,
    max: 100,
    changes: [{ at: '2020-10-01', mean: 12, rebase: true }],
    ghost: '2020-04-01',
  }),
  m(11, 5, 'Days from referral to first appointment', 'days', 'decrease', 21, { kind: 'level', from: '2019-04-01', mean: 24, sd: 3, decimals: 0 }),
  m(12, 6, 'Four-week quit rate (CO confirmed)', '%', 'increase', 50, {
    kind: 'level',
    from: '2019-01-01',
    mean: 41,
    sd: 4,
    decimals: 1,
    max: 100,
    changes: [{ at: '2021-01-01', mean: 49, overMonths: 24 }],
  }),
  m(13, 6, 'Quit dates set', 'people', 'increase', null, { kind: 'level', from: '2019-01-01', mean: 38, sd: 0, decimals: 0, count: true }),
  m(14, 7, 'Still active six months after the programme', '%', 'increase', 66, {
    kind: 'level',
    from: '2019-05-01',
    mean: 42,
    sd: 5,
    decimals: 1,
    max: 100,
    changes: [{ at: '2021-04-01', mean: 63, rebase: true }],
  }),
  m(15, 7, 'Class places filled', '%', 'increase', 85, {
    kind: 'level',
    from: '2019-05-01',
    mean: 74,
    sd: 6,
    decimals: 1,
    max: 100,
    changes: [
      { at: '2020-04-01', mean: 35 },
      { at: '2020-10-01', mean: 78, overMonths: 8 },
    ],
  }),
  m(16, 8, 'Median days from referral to first session', 'days', 'decrease', 21, {
    kind: 'level',
    from: '2020-01-01',
    mean: 31,
    sd: 3,
    decimals: 1,
    changes: [{ at: '2021-06-01', mean: 22, rebase: true }],
  }),
  m(17, 8, 'Referrals triaged within 2 working days', '%', 'increase', 90, {
    kind: 'level',
    from: '2020-01-01',
    mean: 68,
    sd: 5,
    decimals: 1,
    max: 100,
    changes: [{ at: '2021-03-01', mean: 91, overMonths: 6 }],
  }),
  m(18, 9, 'Referrals with neurological conditions', 'referrals', 'increase', null, {
    kind: 'level',
    from: '2019-07-01',
    mean: 0,
    sd: 0,
    decimals: 0,
    count: true,
    changes: [{ at: '2020-01-01', mean: 14, overMonths: 18 }],
  }),
  m(19, 9, 'Neurological referrals starting rehab', '%', 'increase', 70, {
    kind: 'level',
    from: '2020-01-01',
    mean: 62,
    sd: 8,
    decimals: 1,
    max: 100,
    changes: [{ at: '2021-09-01', mean: 74 }],
  }),
  m(20, 10, 'End-of-programme measures completed', '%', 'increase', 90, {
    kind: 'level',
    from: '2019-06-01',
    mean: 71,
    sd: 4,
    decimals: 1,
    max: 100,
    changes: [{ at: '2020-11-01', mean: 86, overMonths: 9 }],
  }),
  m(21, 10, 'Baseline recorded at the first session', '%', 'increase', 95, { kind: 'level', from: '2019-06-01', mean: 88, sd: 3, decimals: 1, max: 100 }),
];
