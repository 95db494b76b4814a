/**
 * Kinds of outreach the service used to reach Black, Asian and minority-ethnic residents
 * (seeds/total-wellbeing-luton.txt: "community events and festivals and given talks at
 * mosques"). The generator dates and sizes them; these say where, for whom and how big.
 */
export interface OutreachTemplate {
  kind: 'community_event' | 'festival' | 'faith_talk' | 'health_fair' | 'other';
  title: string;
  community: string;
  wardCodes: readonly string[];
  /** Months (1–12) the event can fall in; empty means any month. */
  months: readonly number[];
  attendance: readonly [number, number];
  /** Relative frequency among events. */
  weight: number;
}

export const OUTREACH_STARTS_ON = '2019-07-01';

export const outreachTemplates: readonly OutreachTemplate[] = [
  {
    kind: 'faith_talk',
    title: 'Health talk after Friday prayers',
    community: 'Pakistani and Bangladeshi Muslim communities',
    wardCodes: ['BISC', 'DALL', 'SAIN', 'CHAL'],
    months: [],
    attendance: [25, 120],
    weight: 6,
  },
  {
    kind: 'faith_talk',
    title: "Women's wellbeing talk at the mosque",
    community: 'Pakistani and Bangladeshi Muslim communities',
    wardCodes: ['BISC', 'DALL', 'SAIN'],
    months: [],
    attendance: [15, 60],
    weight: 4,
  },
  {
    kind: 'faith_talk',
    title: 'Health talk at a Pentecostal church',
    community: 'African and Caribbean communities',
    wardCodes: ['HIGH', 'SOUT', 'FARL', 'LEWS'],
    months: [],
    attendance: [30, 150],
    weight: 3,
  },
  {
    kind: 'faith_talk',
    title: 'Health talk at the gurdwara',
    community: 'Indian Sikh community',
    wardCodes: ['LEAG', 'LIMB'],
    months: [],
    attendance: [20, 90],
    weight: 1.5,
  },
  {
    kind: 'festival',
    title: 'Eid in the park stall',
    community: 'Muslim communities',
    wardCodes: ['BISC', 'DALL', 'SAIN'],
    months: [4, 5, 6, 7],
    attendance: [300, 1500],
    weight: 1,
  },
  {
    kind: 'festival',
    title: 'Carnival health stall',
    community: 'African and Caribbean communities',
    wardCodes: ['SOUT', 'HIGH'],
    months: [5, 6],
    attendance: [500, 2500],
    weight: 0.6,
  },
  {
    kind: 'festival',
    title: 'Diwali celebration stall',
    community: 'Indian communities',
    wardCodes: ['LEAG', 'LIMB', 'CHAL'],
    months: [10, 11],
    attendance: [200, 900],
    weight: 0.6,
  },
  {
    kind: 'festival',
    title: 'Black History Month wellbeing day',
    community: 'Black African and Caribbean communities',
    wardCodes: ['HIGH', 'FARL', 'SOUT'],
    months: [10],
    attendance: [80, 300],
    weight: 0.5,
  },
  {
    kind: 'community_event',
    title: 'Coffee morning at the community centre',
    community: 'Mixed local community',
    wardCodes: ['BISC', 'DALL', 'SAIN', 'FARL', 'NORT', 'LEWS', 'HIGH'],
    months: [],
    attendance: [10, 45],
    weight: 4,
  },
  {
    kind: 'community_event',
    title: 'Eastern European families wellbeing session',
    community: 'Polish and Romanian communities',
    wardCodes: ['HIGH', 'SOUT', 'CRAW'],
    months: [],
    attendance: [15, 60],
    weight: 1.5,
  },
  {
    kind: 'health_fair',
    title: 'Community health fair',
    community: 'All communities',
    wardCodes: ['BISC', 'DALL', 'SOUT', 'HIGH', 'CHAL'],
    months: [3, 9, 11],
    attendance: [100, 600],
    weight: 1,
  },
];
