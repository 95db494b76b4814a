/** PDSA cycles and annotations for the QI projects in qi-project.reference.ts. */
export interface PdsaReference {
  id: number;
  projectId: number;
  sequence: number;
  changeIdea: string;
  plan: string;
  doNotes: string;
  study: string;
  act: string;
  decision: 'adopt' | 'adapt' | 'abandon' | null;
  startedOn: string;
  endedOn: string | null;
  measureIds: readonly number[];
}

const p = (id: number, projectId: number, sequence: number, changeIdea: string, plan: string, doNotes: string, study: string, act: string, decision: PdsaReference['decision'], startedOn: string, endedOn: string | null, measureIds: number[]): PdsaReference =>
  ({ id, projectId, sequence, changeIdea, plan, doNotes, study, act, decision, startedOn, endedOn, measureIds });

export const pdsaCycles: readonly PdsaReference[] = [
  p(1, 1, 1, 'Visit GP practice meetings', 'Present the single referral form at two practice meetings; predict 5 extra referrals a month.', 'Presented at two practices in September.', 'Referrals from both practices rose; other practices unchanged.', 'Extend to all practices in the primary care network.', 'adapt', '2019-09-02', '2019-10-31', [1, 2]),
  p(2, 1, 2, 'Practice champions', 'Name a champion in each practice who gets a monthly referral summary.', 'Champions named in 14 practices.', 'Practices referring each month rose from 9 to 17.', 'Keep the monthly summary; champions meet twice a year.', 'adopt', '2019-11-04', '2020-02-28', [1, 2]),
  p(3, 1, 3, 'Referral button in the GP system', 'Add a one-click referral template to the GP clinical system.', 'Template live in 20 practices.', 'Referrals recovered faster than expected after the first lockdown.', 'Adopted as the standard route.', 'adopt', '2020-08-03', '2020-12-18', [1]),
  p(4, 2, 1, 'Talks after Friday prayers', 'Give a ten-minute health talk at two mosques with a referral desk afterwards.', 'Talks given in Biscot and Dallow.', 'Forty people spoke to staff; eleven referrals in the following month.', 'Run monthly at four mosques.', 'adapt', '2019-07-05', '2019-09-27', [3, 4]),
  p(5, 2, 2, 'Festival stalls with on-the-spot referral', 'Take the referral form to Eid and carnival events with tablets for self-referral.', 'Stalls at two festivals.', 'High footfall but few referrals without a follow-up call.', 'Add a follow-up call within a week.', 'adapt', '2021-07-19', '2021-09-30', [3, 4]),
  p(6, 2, 3, 'Community champions co-design outreach', 'Working Together Group members plan events with community champions.', 'Champions from three communities joined planning.', 'Referral share kept rising; events better attended.', 'Champions own the outreach calendar.', 'adopt', '2022-05-09', '2022-12-16', [3, 4]),
  p(7, 3, 1, 'Personas to choose venues', 'Build three patient personas and map their journeys to choose class venues.', 'Personas built with patient partners.', 'Two community centres chosen for access by bus.', 'Open the first two 8-week groups there.', 'adopt', '2022-10-03', '2023-03-31', [6]),
  p(8, 3, 2, 'Direct referral to the falls clinic', 'Therapists refer straight to the L&D falls clinic instead of via the GP.', 'Direct route agreed with the falls consultant.', 'Direct referrals rose from about one to nine a month.', 'Keep; review at the monthly falls MDT.', 'adopt', '2023-03-01', '2023-06-30', [7, 6]),
  p(9, 3, 3, 'Strength and balance classes', 'Run two 8-week groups with 3 WTE therapists; track falls among participants.', 'Classes launched in summer 2023.', 'Days between falls lengthened; staff asked for help with group management.', 'Retrospective workshop and an improvement plan on skills and rotas.', 'adopt', '2023-06-05', '2023-12-15', [5]),
  p(10, 3, 4, 'Rota and skills plan', 'Pair therapists for group sessions and share education slots.', 'New rota from January 2024.', 'Fewer cancelled sessions.', 'Continue; add patient-story checkpoints.', 'adopt', '2024-01-08', '2024-06-28', [5, 6]),
  p(11, 4, 1, 'Ask the Working Together Group for help', 'Hold one forum co-chaired with the service-user-led Working Together Group.', 'Joint forum held in March 2022.', 'Six service users and carers attended, against none before.', 'Co-chair every forum.', 'adopt', '2022-03-01', '2022-04-30', [8, 9]),
  p(12, 4, 2, 'Remove the approval paperwork', 'Drop the project approval form; teams just come and talk.', 'Form dropped from May.', 'More project teams attended and found service-user partners.', 'Keep it simple.', 'adopt', '2022-05-04', '2022-09-30', [8, 9]),
  p(13, 5, 1, 'Text reminders', 'Send a text reminder two days before first appointments.', 'Reminders for one team for six weeks.', 'Missed first appointments fell from 21% to about 13%.', 'Roll out to all teams.', 'adopt', '2020-10-05', '2020-11-13', [10]),
  p(14, 5, 2, 'Choice of appointment time', 'Offer an evening slot at booking.', 'Evening slots twice a week.', 'Small effect; hard to staff.', 'Stop evening slots, keep reminders.', 'abandon', '2021-03-01', '2021-05-28', [10, 11]),
  p(15, 6, 1, 'CO reading at every session', 'Take a carbon monoxide reading at every session, not just at week four.', 'Readings taken by all advisers.', 'Quit rates rose slowly; more confirmed quits.', 'Keep; train new advisers.', 'adopt', '2021-01-04', '2021-06-30', [12]),
  p(16, 6, 2, 'Set the quit date at the first session', 'Agree a quit date at the first appointment.', 'Tested with two advisers.', 'Too early for some people.', 'Offer, do not require.', 'adapt', '2022-02-07', null, [12, 13]),
  p(17, 7, 1, 'Buddy for the last four weeks', 'Pair each participant with a class regular from week 8.', 'Buddies in Tai Chi and Pilates.', 'More people booked a follow-on class.', 'Extend to all classes.', 'adopt', '2021-04-05', '2021-08-27', [14]),
  p(18, 7, 2, 'Class timetable shaped by participants', 'Working Together Group reviews the timetable each term.', 'Two reviews held.', 'Places filled rose after the review.', 'Make it part of each term.', 'adopt', '2022-06-06', '2022-12-16', [15, 14]),
  p(19, 8, 1, 'Daily triage huddle', 'Ten-minute huddle to triage new referrals each morning.', 'Huddle started in June 2021.', 'Referrals triaged within 2 working days rose to about 90%.', 'Keep the huddle.', 'adopt', '2021-03-01', '2021-06-30', [16, 17]),
  p(20, 8, 2, 'Book the first session at triage', 'Book the first class while on the phone at triage.', 'Tested for the LTC team.', 'Median wait fell to about 22 days.', 'Extend to classes.', 'adapt', '2021-06-01', '2021-10-29', [16]),
  p(21, 9, 1, 'Train the team in neurological conditions', 'Two-day course with the MS Society and Parkinson\'s nurses.', 'All five specialists trained.', 'Team confident to accept referrals.', 'Open the pathway in January 2020.', 'adopt', '2019-10-07', '2019-12-20', [18]),
  p(22, 9, 2, 'Carers join the first session', 'Invite a carer to the assessment and first session.', 'Carers joined for people with dementia.', 'More neurological referrals went on to start.', 'Standard for people with dementia.', 'adopt', '2021-09-06', '2022-01-28', [19]),
  p(23, 10, 1, 'Outcome measures on a tablet at the last session', 'Complete end measures on a tablet in the last class.', 'Tablets in three venues.', 'Completion rose to about 86%.', 'Tablets in every venue.', 'adapt', '2020-11-02', '2021-07-30', [20, 21]),
  p(24, 10, 2, 'Text link for people who miss the last session', 'Send a link to the end measures by text.', 'Tested for one quarter.', 'Some extra returns; link hard to open for some.', 'Simplify the form first.', 'adapt', '2023-04-03', null, [20]),
];

export interface AnnotationReference {
  projectId: number;
  measureId: number | null;
  notedOn: string;
  text: string;
}

export const qiAnnotations: readonly AnnotationReference[] = [
  { projectId: 1, measureId: 1, notedOn: '2020-03-23', text: 'First national lockdown: GP referrals paused.' },
  { projectId: 1, measureId: 2, notedOn: '2019-11-04', text: 'Practice champions named.' },
  { projectId: 2, measureId: 3, notedOn: '2019-07-05', text: 'Outreach began: talks after Friday prayers.' },
  { projectId: 2, measureId: 4, notedOn: '2020-04-01', text: 'Events cancelled during the pandemic; talks moved online.' },
  { projectId: 3, measureId: null, notedOn: '2021-05-04', text: 'Gap analysis: no NICE-recommended strength and balance programme in the town.' },
  { projectId: 3, measureId: 5, notedOn: '2023-06-05', text: 'Strength and balance classes launched at two community centres.' },
  { projectId: 3, measureId: 6, notedOn: '2023-02-01', text: 'Monthly falls MDT with the falls consultant started.' },
  { projectId: 3, measureId: null, notedOn: '2023-11-20', text: 'Retrospective workshop with the team; improvement plan agreed.' },
  { projectId: 4, measureId: 8, notedOn: '2022-03-01', text: 'Forum rebuilt with the Luton Working Together Group.' },
  { projectId: 4, measureId: 9, notedOn: '2023-12-31', text: '8 of 10 projects now have service-user input, up from 1 of 10.' },
  { projectId: 5, measureId: 10, notedOn: '2020-04-01', text: 'April 2020 ghosted: appointments moved to phone, data incomplete.' },
  { projectId: 5, measureId: 10, notedOn: '2020-10-05', text: 'Text reminders introduced.' },
  { projectId: 6, measureId: 12, notedOn: '2021-01-04', text: 'CO readings at every session.' },
  { projectId: 7, measureId: 15, notedOn: '2020-04-01', text: 'Classes closed in lockdown; online classes only.' },
  { projectId: 8, measureId: 16, notedOn: '2021-06-01', text: 'Daily triage huddle and booking at triage.' },
  { projectId: 9, measureId: 18, notedOn: '2020-01-06', text: 'Neurological conditions accepted from today.' },
  { projectId: 10, measureId: 20, notedOn: '2020-11-02', text: 'Tablets for end-of-programme measures.' },
];
