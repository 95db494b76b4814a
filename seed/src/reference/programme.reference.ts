/**
 * Services, programmes and venues of the integrated service (seeds/total-wellbeing-luton.txt,
 * seeds/falls-prevention-qi-snapshot.txt): exercise rehab for long-term conditions (12 weeks of
 * intensive support), falls strength and balance (8-week groups from summer 2023), lifestyle
 * services and classes that ask £2–3 a session.
 */
export interface ServiceReference {
  id: number;
  code: string;
  name: string;
  description: string;
  providerCode: string;
}

export const services: readonly ServiceReference[] = [
  {
    id: 1,
    code: 'ltc-team',
    name: 'Long-term conditions team',
    description: 'Exercise rehab specialists for people living with long-term conditions.',
    providerCode: 'active-luton',
  },
  {
    id: 2,
    code: 'falls-prevention',
    name: 'Falls prevention',
    description: 'Strength and balance for people at risk of falls, with direct referral to the falls clinic.',
    providerCode: 'elft',
  },
  { id: 3, code: 'healthy-lifestyles', name: 'Healthy lifestyles', description: 'Weight management and healthy eating.', providerCode: 'turning-point' },
  {
    id: 4,
    code: 'stop-smoking',
    name: 'Stop smoking service',
    description: 'Behavioural support and stop-smoking aids, with carbon monoxide checks.',
    providerCode: 'turning-point',
  },
  { id: 5, code: 'talking-therapies', name: 'Talking therapies', description: 'Guided self-help and therapy for low mood and anxiety.', providerCode: 'elft' },
  {
    id: 6,
    code: 'active-living',
    name: 'Active living classes',
    description: 'Subsidised classes and activities in community and leisure centres.',
    providerCode: 'active-luton',
  },
];

/** Which outcome instruments a programme records (docs/methods.md, "Outcome instruments and scoring"). */
export type OutcomeSet = 'lifestyle' | 'talking' | 'smoking';

export interface ProgrammeReference {
  id: number;
  code: string;
  name: string;
  description: string;
  serviceId: number;
  durationWeeks: number;
  sessionsPerWeek: number;
  feePence: number;
  openedOn: string;
  outcomes: OutcomeSet;
  /** Relative share of referrals once open. */
  popularity: number;
  /** Relative likelihood by age band (0-15 … 85+); 0 means not offered to that age. */
  ageAffinity: readonly number[];
  /** gp, hospital, community, social_care, self, other. */
  sourceWeights: readonly number[];
  venueIds: readonly number[];
  reasons: readonly string[];
}

const LTC_AGES = [0, 0.2, 0.4, 0.7, 1, 1.4, 1.7, 1.6, 1.1];
const CLASS_AGES = [0, 0.5, 0.8, 1, 1, 1.1, 1.2, 1, 0.5];

export const programmes: readonly ProgrammeReference[] = [
  {
    id: 1,
    code: 'ltc-exercise-rehab',
    name: 'Long-term conditions exercise rehab',
    description: '12 weeks of intensive, tailored exercise rehab followed by ongoing support.',
    serviceId: 1,
    durationWeeks: 12,
    sessionsPerWeek: 2,
    feePence: 250,
    openedOn: '2018-04-01',
    outcomes: 'lifestyle',
    popularity: 20,
    ageAffinity: LTC_AGES,
    sourceWeights: [55, 25, 4, 6, 8, 2],
    venueIds: [1, 2, 3, 4],
    reasons: [
      'Exercise rehab for a long-term condition',
      'Rehab after a hospital stay',
      'Breathlessness and low activity',
      'Rebuilding strength after treatment',
    ],
  },
  {
    id: 2,
    code: 'falls-strength-balance',
    name: 'Falls prevention strength and balance',
    description: '8-week strength and balance group with education on preventing falls.',
    serviceId: 2,
    durationWeeks: 8,
    sessionsPerWeek: 1,
    feePence: 0,
    openedOn: '2023-06-05',
    outcomes: 'lifestyle',
    popularity: 9,
    ageAffinity: [0, 0, 0, 0, 0.05, 0.3, 1.3, 2.4, 2.6],
    sourceWeights: [35, 45, 3, 10, 5, 2],
    venueIds: [7, 13],
    reasons: ['Fall in the last 12 months', 'Fear of falling', 'Unsteady on feet'],
  },
  {
    id: 3,
    code: 'weight-management',
    name: 'Weight management',
    description: '12-week group programme on eating well and moving more.',
    serviceId: 3,
    durationWeeks: 12,
    sessionsPerWeek: 1,
    feePence: 0,
    openedOn: '2018-04-01',
    outcomes: 'lifestyle',
    popularity: 16,
    ageAffinity: [0, 0.6, 1, 1.2, 1.2, 1, 0.7, 0.3, 0.05],
    sourceWeights: [50, 5, 10, 2, 30, 3],
    venueIds: [4, 5, 8, 12],
    reasons: ['BMI over 30', 'Pre-diabetes', 'Wants to lose weight'],
  },
  {
    id: 4,
    code: 'stop-smoking',
    name: 'Stop smoking',
    description: 'Six weeks of behavioural support with stop-smoking aids and carbon monoxide checks.',
    serviceId: 4,
    durationWeeks: 6,
    sessionsPerWeek: 1,
    feePence: 0,
    openedOn: '2018-04-01',
    outcomes: 'smoking',
    popularity: 13,
    ageAffinity: [0, 0.8, 1.1, 1.1, 1, 0.8, 0.5, 0.2, 0.02],
    sourceWeights: [30, 15, 8, 2, 40, 5],
    venueIds: [12, 4, 6],
    reasons: ['Wants to stop smoking', 'Smoking in pregnancy', 'Stopping before surgery'],
  },
  {
    id: 5,
    code: 'talking-therapies',
    name: 'Talking therapies',
    description: 'Guided self-help and therapy sessions for low mood and anxiety.',
    serviceId: 5,
    durationWeeks: 8,
    sessionsPerWeek: 1,
    feePence: 0,
    openedOn: '2018-04-01',
    outcomes: 'talking',
    popularity: 14,
    ageAffinity: [0, 1.2, 1.3, 1.2, 1, 0.8, 0.5, 0.3, 0.1],
    sourceWeights: [40, 3, 4, 3, 45, 5],
    venueIds: [12],
    reasons: ['Low mood', 'Anxiety', 'Stress and low mood with a long-term condition'],
  },
  {
    id: 6,
    code: 'swimming',
    name: 'Adult swimming',
    description: 'Ten weeks of swimming lessons for adults.',
    serviceId: 6,
    durationWeeks: 10,
    sessionsPerWeek: 1,
    feePence: 300,
    openedOn: '2018-04-01',
    outcomes: 'lifestyle',
    popularity: 7,
    ageAffinity: CLASS_AGES,
    sourceWeights: [15, 2, 20, 3, 55, 5],
    venueIds: [1, 2, 3],
    reasons: ['Wants to be more active', 'Learn to swim'],
  },
  {
    id: 7,
    code: 'tai-chi',
    name: 'Tai Chi',
    description: 'Gentle Tai Chi for balance and relaxation.',
    serviceId: 6,
    durationWeeks: 10,
    sessionsPerWeek: 1,
    feePence: 200,
    openedOn: '2018-04-01',
    outcomes: 'lifestyle',
    popularity: 6,
    ageAffinity: [0, 0.1, 0.2, 0.4, 0.7, 1.2, 1.8, 1.8, 1],
    sourceWeights: [25, 5, 25, 5, 35, 5],
    venueIds: [5, 6, 9, 11],
    reasons: ['Wants to be more active', 'Balance and flexibility'],
  },
  {
    id: 8,
    code: 'pilates',
    name: 'Pilates',
    description: 'Pilates classes for core strength and back pain.',
    serviceId: 6,
    durationWeeks: 10,
    sessionsPerWeek: 1,
    feePence: 250,
    openedOn: '2018-04-01',
    outcomes: 'lifestyle',
    popularity: 6,
    ageAffinity: CLASS_AGES,
    sourceWeights: [25, 5, 20, 2, 43, 5],
    venueIds: [1, 3, 10],
    reasons: ['Back pain', 'Wants to be more active'],
  },
  {
    id: 9,
    code: 'dance',
    name: 'Dance for health',
    description: 'Seated and standing dance sessions.',
    serviceId: 6,
    durationWeeks: 8,
    sessionsPerWeek: 1,
    feePence: 200,
    openedOn: '2018-04-01',
    outcomes: 'lifestyle',
    popularity: 5,
    ageAffinity: CLASS_AGES,
    sourceWeights: [15, 3, 30, 7, 40, 5],
    venueIds: [4, 7, 13],
    reasons: ['Wants to be more active', 'Feeling isolated'],
  },
  {
    id: 10,
    code: 'gardening',
    name: 'Gardening for health',
    description: 'Community gardening sessions outdoors.',
    serviceId: 6,
    durationWeeks: 10,
    sessionsPerWeek: 1,
    feePence: 200,
    openedOn: '2018-04-01',
    outcomes: 'lifestyle',
    popularity: 4,
    ageAffinity: CLASS_AGES,
    sourceWeights: [20, 2, 30, 8, 35, 5],
    venueIds: [14, 8],
    reasons: ['Feeling isolated', 'Low mood', 'Wants to be more active'],
  },
];

/** Neurological conditions (dementia, Parkinson's) were accepted by the LTC team only later. */
export const NEUROLOGICAL_ACCEPTED_FROM = '2020-01-06';

export interface VenueReference {
  id: number;
  code: string;
  name: string;
  kind: 'community_centre' | 'leisure_centre' | 'clinic' | 'place_of_worship' | 'other';
  wardCode: string;
}

export const venues: readonly VenueReference[] = [
  { id: 1, code: 'stopsley-leisure', name: 'Stopsley leisure centre', kind: 'leisure_centre', wardCode: 'STOP' },
  { id: 2, code: 'lewsey-leisure', name: 'Lewsey leisure centre and pool', kind: 'leisure_centre', wardCode: 'LEWS' },
  { id: 3, code: 'town-sports-village', name: 'Town sports village', kind: 'leisure_centre', wardCode: 'HIGH' },
  { id: 4, code: 'bury-park-cc', name: 'Bury Park community centre', kind: 'community_centre', wardCode: 'DALL' },
  { id: 5, code: 'biscot-cc', name: 'Biscot community centre', kind: 'community_centre', wardCode: 'BISC' },
  { id: 6, code: 'saints-cc', name: 'Saints community centre', kind: 'community_centre', wardCode: 'SAIN' },
  { id: 7, code: 'farley-cc', name: 'Farley community centre', kind: 'community_centre', wardCode: 'FARL' },
  { id: 8, code: 'northwell-cc', name: 'Northwell community centre', kind: 'community_centre', wardCode: 'NORT' },
  { id: 9, code: 'wigmore-cc', name: 'Wigmore community centre', kind: 'community_centre', wardCode: 'WIGM' },
  { id: 10, code: 'leagrave-cc', name: 'Leagrave community centre', kind: 'community_centre', wardCode: 'LEAG' },
  { id: 11, code: 'limbury-hall', name: 'Limbury community hall', kind: 'community_centre', wardCode: 'LIMB' },
  { id: 12, code: 'town-clinic', name: 'Town centre wellbeing clinic', kind: 'clinic', wardCode: 'SOUT' },
  { id: 13, code: 'round-green-cc', name: 'Round Green community centre', kind: 'community_centre', wardCode: 'ROUN' },
  { id: 14, code: 'sundon-allotments', name: 'Sundon Park community allotments', kind: 'other', wardCode: 'SUND' },
];
