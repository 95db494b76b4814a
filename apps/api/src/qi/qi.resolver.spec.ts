import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, openTestApi, type TestApi } from '../testing/api.harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(() => api.close());

describe('qiProjects', () => {
  it('give the involvement in effect today, and none for a project with no record', async () => {
    const data = dataOf(
      await api.run('{ qiProjects { code status progressScore involvementLevel involvementHistory { effectiveOn level } service { code } } }'),
    );
    expect(data).toEqual({
      qiProjects: [
        {
          code: 'ltc-waits',
          status: 'CLOSED',
          progressScore: 4,
          involvementLevel: 'LITTLE_I',
          involvementHistory: [{ effectiveOn: '2020-04-01', level: 'LITTLE_I' }],
          service: { code: 'ltc-rehab' },
        },
        {
          code: 'falls-pathway',
          status: 'TESTING',
          progressScore: 3.5,
          involvementLevel: 'BIG_I',
          service: { code: 'falls-prevention' },
          involvementHistory: [
            { effectiveOn: '2021-01-04', level: 'NONE' },
            { effectiveOn: '2022-06-01', level: 'BIG_I' },
          ],
        },
        { code: 'forum-rebuild', status: 'PLANNING', progressScore: 1, involvementLevel: 'NONE', involvementHistory: [], service: null },
      ],
    });
  });

  it('filter by involvement today and by status', async () => {
    const data = dataOf(
      await api.run(`{
      bigI: qiProjects(filter: { involvementLevels: [BIG_I] }) { code }
      open: qiProjects(filter: { statuses: [PLANNING, TESTING], serviceIds: ["2"] }) { code }
    }`),
    );
    expect(data).toEqual({ bigI: [{ code: 'falls-pathway' }], open: [{ code: 'falls-pathway' }] });
  });
});

describe('qiProject', () => {
  it('returns measures with values and SPC flags, PDSA cycles with their measures, and annotations', async () => {
    const { qiProject } = dataOf(
      await api.run<{ qiProject: Record<string, any> }>(`{ qiProject(id: "1") {
      measures { name direction target chart values { periodStart value ghosted rebase } }
      pdsaCycles { sequence changeIdea do decision measures { name } }
      annotations { notedOn text measure { name } }
    } }`),
    );
    const [days, accepted] = qiProject.measures;
    expect(days).toMatchObject({ name: 'Days to first session', direction: 'DECREASE', target: 21, chart: 'XMR' });
    expect(days.values).toHaveLength(15);
    expect(days.values[0]).toEqual({ periodStart: '2021-01-01', value: 40, ghosted: false, rebase: false });
    expect(days.values.filter((v: { ghosted: boolean }) => v.ghosted).map((v: { periodStart: string }) => v.periodStart)).toEqual(['2021-08-01']);
    expect(days.values.filter((v: { rebase: boolean }) => v.rebase).map((v: { periodStart: string }) => v.periodStart)).toEqual(['2021-11-01']);
    expect(accepted).toMatchObject({ name: 'Falls clinic referrals accepted', target: null });
    expect(qiProject.pdsaCycles).toEqual([
      {
        sequence: 1,
        changeIdea: 'Text reminders before the first session',
        do: 'Sent 40 texts.',
        decision: 'ADOPT',
        measures: [{ name: 'Days to first session' }],
      },
      {
        sequence: 2,
        changeIdea: 'Book directly from the falls clinic',
        do: '',
        decision: null,
        measures: [{ name: 'Days to first session' }, { name: 'Falls clinic referrals accepted' }],
      },
    ]);
    expect(qiProject.annotations).toEqual([
      { notedOn: '2021-03-01', text: 'Text reminders started.', measure: { name: 'Days to first session' } },
      { notedOn: '2021-06-01', text: 'Two forum members joined the team.', measure: null },
    ]);
  });

  it('finds a measure with its project and annotations', async () => {
    const data = dataOf(await api.run('{ qiMeasure(id: "1") { project { code } annotations { text } } qiProject(id: "99") { code } }'));
    expect(data).toEqual({ qiMeasure: { project: { code: 'falls-pathway' }, annotations: [{ text: 'Text reminders started.' }] }, qiProject: null });
  });
});

describe('qiForumMeetings', () => {
  it('list meetings in a date range with staff and service-user attendance', async () => {
    const data = dataOf(await api.run('{ qiForumMeetings(heldFrom: "2021-02-01") { heldOn staffAttendees serviceUserCarerAttendees } }'));
    expect(data).toEqual({
      qiForumMeetings: [
        { heldOn: '2021-04-15', staffAttendees: 7, serviceUserCarerAttendees: 5 },
        { heldOn: '2021-07-15', staffAttendees: 6, serviceUserCarerAttendees: 9 },
      ],
    });
  });

  it('refuses a range that ends before it starts, naming heldTo', async () => {
    const result = await api.run('{ qiForumMeetings(heldFrom: "2021-02-01", heldTo: "2021-01-01") { heldOn } }');
    expect(result.errors?.[0]).toMatchObject({ extensions: { argumentName: 'heldTo' } });
  });
});
