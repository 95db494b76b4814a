import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, openScratchTestApi, type GraphQLResult, type TestApi } from '../testing/api.harness.js';
import type { ActAs } from '../testing/viewers.js';
import { today } from './qi-edit.rules.js';

// A database of its own: these specs add projects, which other spec files count.
let api: TestApi;
beforeAll(async () => {
  api = await openScratchTestApi('qi_edit');
});
afterAll(() => api.close());

const LEAD: ActAs = { role: 'qi_lead', name: 'lead-falls', scopes: [{ kind: 'qi_project', refId: 1 }] };
/** The lead as they sign in again after creating projects: the new memberships are in their scope. */
const leadWith = (...projectIds: string[]): ActAs => ({
  role: 'qi_lead',
  name: 'lead-falls',
  scopes: [1, ...projectIds.map(Number)].map((refId) => ({ kind: 'qi_project' as const, refId })),
});
const OTHER_LEAD: ActAs = { role: 'qi_lead', name: 'lead-elsewhere', scopes: [{ kind: 'qi_project', refId: 3 }] };
const TOMORROW = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

const PROJECT = {
  title: 'Quicker discharge letters',
  team: 'Rehab team',
  aim: 'Letters within 2 days by June.',
  serviceId: '1',
  startedOn: '2020-01-06',
  status: 'TESTING',
  progressScore: 2.5,
  progressScoredOn: '2020-03-01',
  involvementLevel: 'LITTLE_I',
};
const PROJECT_FIELDS =
  'id title version canEdit progressScore progressScoredOn involvementLevel involvementHistory { effectiveOn level } progressHistory { scoredOn score }';
const CREATE = `mutation($input: QiProjectInput!) { createQiProject(input: $input) { ${PROJECT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: QiProjectInput!) { updateQiProject(id: $id, version: $version, input: $input) { ${PROJECT_FIELDS} } }`;

function errorOf(result: GraphQLResult<unknown>) {
  expect(result.errors, JSON.stringify(result.data)).toHaveLength(1);
  return result.errors![0];
}

async function createProject(as: ActAs = 'admin', input: Record<string, unknown> = {}): Promise<Record<string, any>> {
  return dataOf(await api.run<{ createQiProject: Record<string, any> }>(CREATE, { input: { ...PROJECT, ...input } }, as)).createQiProject;
}

async function projectCount(): Promise<number> {
  return dataOf(await api.run<{ qiProjects: unknown[] }>('{ qiProjects { id } }')).qiProjects.length;
}

describe('createQiProject and updateQiProject', () => {
  it('lets a QI lead create a project, which they then belong to and may edit', async () => {
    const created = await createProject(LEAD);
    expect(created).toMatchObject({
      title: 'Quicker discharge letters',
      version: 1,
      canEdit: true,
      progressScore: 2.5,
      progressScoredOn: '2020-03-01',
      involvementLevel: 'LITTLE_I',
      involvementHistory: [{ effectiveOn: '2020-01-06', level: 'LITTLE_I' }],
      progressHistory: [{ scoredOn: '2020-03-01', score: 2.5 }],
    });
    const membership = await api.orm.em
      .fork()
      .getKnex()
      .raw(`select s.kind from user_scope s join hub_user u on u.id = s.user_id where u.email = 'lead-falls@test.hub' and s.ref_id = ?`, [Number(created.id)]);
    expect(membership.rows).toEqual([{ kind: 'qi_project' }]);
    const updated = dataOf(
      await api.run<{ updateQiProject: Record<string, any> }>(
        UPDATE,
        {
          id: created.id,
          version: 1,
          input: { ...PROJECT, progressScore: 3, progressScoredOn: '2020-06-01', involvementLevel: 'BIG_I', involvementChangedOn: '2020-05-01' },
        },
        leadWith(created.id),
      ),
    ).updateQiProject;
    expect(updated).toMatchObject({
      version: 2,
      progressScore: 3,
      progressScoredOn: '2020-06-01',
      involvementLevel: 'BIG_I',
      involvementHistory: [
        { effectiveOn: '2020-01-06', level: 'LITTLE_I' },
        { effectiveOn: '2020-05-01', level: 'BIG_I' },
      ],
      progressHistory: [
        { scoredOn: '2020-03-01', score: 2.5 },
        { scoredOn: '2020-06-01', score: 3 },
      ],
    });
    const asOther = dataOf(await api.run<{ qiProject: { canEdit: boolean } }>(`{ qiProject(id: "${created.id}") { canEdit } }`, {}, OTHER_LEAD));
    expect(asOther.qiProject.canEdit).toBe(false);
  });

  it('refuses bad input naming the field, and saves nothing', async () => {
    const before = await projectCount();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ progressScore: 0.7 }, 'input.progressScore', /^Invalid argument "input\.progressScore": must be between 0\.5 and 5\.0 in steps of 0\.5\.$/],
      [{ progressScore: 5.5 }, 'input.progressScore', /between 0\.5 and 5\.0/],
      [{ startedOn: TOMORROW }, 'input.startedOn', /must not be in the future/],
      [{ progressScoredOn: TOMORROW }, 'input.progressScoredOn', /must not be in the future/],
      [{ involvementChangedOn: TOMORROW }, 'input.involvementChangedOn', /must not be in the future/],
      [{ endedOn: '2019-12-31' }, 'input.endedOn', /must be on or after startedOn/],
      [{ serviceId: '999' }, 'input.serviceId', /no service has id 999/],
      [{ title: '' }, 'input.title', /1 to 200 characters/],
    ];
    for (const [change, field, message] of cases) {
      const error = errorOf(await api.run(CREATE, { input: { ...PROJECT, ...change } }, LEAD));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
      expect(error.message).toMatch(message);
    }
    expect(await projectCount()).toBe(before);
  });

  it('allows today but not tomorrow', async () => {
    const created = await createProject('admin', { startedOn: today(), progressScoredOn: today() });
    expect(created.progressScoredOn).toBe(today());
  });

  it("refuses roles that may not edit: anonymous, an analyst, and a QI lead on someone else's project (naming it)", async () => {
    expect(errorOf(await api.run(CREATE, { input: PROJECT }, 'anonymous')).extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await api.run(CREATE, { input: PROJECT }, 'analyst')).extensions?.code).toBe('FORBIDDEN');
    const error = errorOf(await api.run(UPDATE, { id: '1', version: 1, input: PROJECT }, OTHER_LEAD));
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.message).toContain('"Faster falls pathway" (id 1)');
    const stillThere = dataOf(await api.run<{ qiProject: { title: string } }>('{ qiProject(id: "1") { title } }'));
    expect(stillThere.qiProject.title).toBe('Faster falls pathway');
  });

  it('refuses the second of two saves from the same version with CONFLICT, keeping the first', async () => {
    const created = await createProject('admin');
    const save = (title: string, as: ActAs) => api.run(UPDATE, { id: created.id, version: 1, input: { ...PROJECT, title } }, as);
    const results = await Promise.all([save('First save', 'admin'), save('Second save', { role: 'admin', name: 'admin-two' })]);
    const refused = results.filter((result) => result.errors?.length);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors![0].extensions?.code).toBe('CONFLICT');
    expect(refused[0].errors![0].message).toMatch(
      /^This project was changed by Test admin at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC since you opened it.*reload to see their changes\.$/,
    );
    const winner = results.find((result) => !result.errors) as GraphQLResult<{ updateQiProject: { title: string } }>;
    const now = dataOf(await api.run<{ qiProject: { title: string; version: number } }>(`{ qiProject(id: "${created.id}") { title version } }`));
    expect(now.qiProject).toEqual({ title: winner.data!.updateQiProject.title, version: 2 });
  });
});

const ADD_MEASURE = `mutation($projectId: ID!, $input: QiMeasureInput!) { addQiMeasure(projectId: $projectId, input: $input) { id name chart } }`;
const RECORD = `mutation($id: ID!, $values: [QiMeasureValueInput!]!, $replace: Boolean, $reason: String) {
  recordQiMeasureValues(measureId: $id, values: $values, replace: $replace, reason: $reason) { values { periodStart value } } }`;
const SETTINGS = `mutation($id: ID!, $input: QiChartSettingsInput!) { setQiMeasureChartSettings(measureId: $id, input: $input) {
  chartSettings { rebases { at reason } ghosts { at reason } target } } }`;
const CYCLE = `mutation($projectId: ID!, $input: PdsaCycleInput!) { recordPdsaCycle(projectId: $projectId, input: $input) { id sequence showOnServiceCharts measures { id } } }`;

function monthsFrom(start: string, count: number): string[] {
  return Array.from({ length: count }, (_, k) => {
    const date = new Date(`${start}T00:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() + k);
    return date.toISOString().slice(0, 10);
  });
}

describe('measures, values, chart settings and PDSA cycles', () => {
  let projectId: string;
  let measureId: string;
  let lead: ActAs;
  const months = monthsFrom('2020-01-01', 24);

  beforeAll(async () => {
    projectId = (await createProject(LEAD, { title: 'Charted project' })).id;
    lead = leadWith(projectId);
    measureId = dataOf(
      await api.run<{ addQiMeasure: { id: string } }>(
        ADD_MEASURE,
        {
          projectId,
          input: { name: 'Letters within 2 days', definition: 'Share of letters sent within 2 working days.', unit: '%', direction: 'INCREASE', chart: 'XMR' },
        },
        lead,
      ),
    ).addQiMeasure.id;
  });

  it('records 24 values at once, then shows the saved rebase, ghost and PDSA cycles on the chart at their dates', async () => {
    const values = months.map((periodStart, k) => ({ periodStart, value: k < 12 ? 50 + (k % 3) : 80 + (k % 3) }));
    dataOf(await api.run(RECORD, { id: measureId, values }, lead));
    const settings = dataOf(
      await api.run<{ setQiMeasureChartSettings: any }>(
        SETTINGS,
        {
          id: measureId,
          input: { rebases: [{ at: '2021-01-15', reason: 'Templates adopted.' }], ghosts: [{ at: '2020-05-01', reason: 'Typist off sick.' }], target: 90 },
        },
        lead,
      ),
    ).setQiMeasureChartSettings;
    expect(settings.chartSettings).toEqual({
      rebases: [{ at: '2021-01-15', reason: 'Templates adopted.' }],
      ghosts: [{ at: '2020-05-01', reason: 'Typist off sick.' }],
      target: 90,
    });
    const cycle = dataOf(
      await api.run<{ recordPdsaCycle: any }>(
        CYCLE,
        {
          projectId,
          input: {
            changeIdea: 'Letter templates',
            plan: 'Try templates on one ward.',
            startedOn: '2020-11-20',
            endedOn: '2020-12-20',
            decision: 'ADOPT',
            measureIds: [measureId],
          },
        },
        lead,
      ),
    ).recordPdsaCycle;
    expect(cycle).toMatchObject({ sequence: 1, measures: [{ id: measureId }] });

    const { qiMeasure } = dataOf(
      await api.run<{ qiMeasure: any }>(
        `{ qiMeasure(id: "${measureId}") {
      chartSettings { target } values { periodStart ghosted rebase }
      spc { kind target points { period mean ghosted rebase pdsaCycles } pdsaMarkers { sequence changeIdea startedOn period projectTitle } } } }`,
        {},
        'commissioner',
      ),
    );
    const { points, pdsaMarkers, kind, target } = qiMeasure.spc;
    expect({ kind, target }).toEqual({ kind: 'XMR', target: 90 });
    const means = [...new Set(points.map((point: { mean: number }) => point.mean))];
    expect(means).toHaveLength(2);
    expect(points[12]).toMatchObject({ period: '2021-01-01', rebase: true });
    expect(points[4]).toMatchObject({ period: '2020-05-01', ghosted: true });
    expect(points[10].pdsaCycles).toEqual([1]);
    expect(pdsaMarkers).toEqual([
      { sequence: 1, changeIdea: 'Letter templates', startedOn: '2020-11-20', period: '2020-11-01', projectTitle: 'Charted project' },
    ]);
    expect(qiMeasure.values[12]).toEqual({ periodStart: '2021-01-01', ghosted: false, rebase: true });
  });

  it('tries other settings through spc(options) without saving them', async () => {
    const query = `{ qiMeasure(id: "${measureId}") { spc(options: { rebaseAt: ["2020-07-01"] }) { points { rebase } } chartSettings { rebases { at } } } }`;
    const { qiMeasure } = dataOf(await api.run<{ qiMeasure: any }>(query));
    expect(qiMeasure.spc.points.filter((point: { rebase: boolean }) => point.rebase)).toHaveLength(2);
    expect(qiMeasure.chartSettings.rebases).toEqual([{ at: '2021-01-15' }]);
  });

  it('refuses a value for a date that has one unless replace, keeping every change in the history', async () => {
    const clash = errorOf(
      await api.run(
        RECORD,
        {
          id: measureId,
          values: [
            { periodStart: '2022-01-01', value: 1 },
            { periodStart: '2020-02-01', value: 99 },
          ],
        },
        lead,
      ),
    );
    expect(clash.extensions).toMatchObject({ argumentName: 'values[1].periodStart' });
    expect(clash.message).toMatch(/2020-02-01 already has a value \(51\); send replace: true/);
    dataOf(await api.run(RECORD, { id: measureId, values: [{ periodStart: '2020-02-01', value: 52 }], replace: true, reason: 'Re-counted.' }, lead));
    dataOf(
      await api.run(`mutation { correctQiMeasureValue(measureId: "${measureId}", periodStart: "2020-03-01", value: 53, reason: "Typo") { id } }`, {}, lead),
    );
    dataOf(
      await api.run(`mutation { deleteQiMeasureValue(measureId: "${measureId}", periodStart: "2021-12-01", reason: "Duplicate month") { id } }`, {}, lead),
    );
    const { qiMeasure } = dataOf(
      await api.run<{ qiMeasure: any }>(
        `{ qiMeasure(id: "${measureId}") { values { periodStart } valueHistory { periodStart oldValue newValue changedBy reason } } }`,
      ),
    );
    expect(qiMeasure.values).toHaveLength(23);
    expect(qiMeasure.values.map((value: { periodStart: string }) => value.periodStart)).not.toContain('2022-01-01');
    expect(qiMeasure.valueHistory.slice(0, 3)).toEqual([
      { periodStart: '2021-12-01', oldValue: 82, newValue: null, changedBy: 'Test qi_lead', reason: 'Duplicate month' },
      { periodStart: '2020-03-01', oldValue: 52, newValue: 53, changedBy: 'Test qi_lead', reason: 'Typo' },
      { periodStart: '2020-02-01', oldValue: 51, newValue: 52, changedBy: 'Test qi_lead', reason: 'Re-counted.' },
    ]);
    expect(qiMeasure.valueHistory).toHaveLength(27);
  });

  it('refuses values in the future, a missing value, and a correction without a reason', async () => {
    expect(errorOf(await api.run(RECORD, { id: measureId, values: [{ periodStart: TOMORROW, value: 1 }] }, lead)).extensions?.argumentName).toBe(
      'values[0].periodStart',
    );
    expect(errorOf(await api.run(RECORD, { id: measureId, values: [{ periodStart: '2019-01-01' }] }, lead)).extensions?.argumentName).toBe('values[0].value');
    const noReason = await api.run(
      `mutation { correctQiMeasureValue(measureId: "${measureId}", periodStart: "2020-03-01", value: 1, reason: " ") { id } }`,
      {},
      lead,
    );
    expect(errorOf(noReason).extensions?.argumentName).toBe('reason');
    expect(errorOf(await api.run(RECORD, { id: '999', values: [{ periodStart: '2019-01-01', value: 1 }] }, lead)).extensions?.argumentName).toBe('measureId');
  });

  it("refuses PDSA cycles that end before they start, start in the future, lack a decision once ended, or name another project's measure", async () => {
    const cycle = { changeIdea: 'Idea', plan: 'Plan', startedOn: '2021-03-01', measureIds: [measureId] };
    const cases: [Record<string, unknown>, string][] = [
      [{ endedOn: '2021-02-01', decision: 'ABANDON' }, 'input.endedOn'],
      [{ startedOn: TOMORROW }, 'input.startedOn'],
      [{ endedOn: '2021-04-01' }, 'input.decision'],
      [{ measureIds: ['1'] }, 'input.measureIds'],
      [{ measureIds: ['999'] }, 'input.measureIds'],
    ];
    for (const [change, field] of cases) {
      expect(errorOf(await api.run(CYCLE, { projectId, input: { ...cycle, ...change } }, lead)).extensions?.argumentName).toBe(field);
    }
    expect(errorOf(await api.run(CYCLE, { projectId, input: cycle }, OTHER_LEAD)).extensions?.code).toBe('FORBIDDEN');
    const { qiProject } = dataOf(await api.run<{ qiProject: any }>(`{ qiProject(id: "${projectId}") { pdsaCycles { sequence } } }`));
    expect(qiProject.pdsaCycles).toEqual([{ sequence: 1 }]);
  });

  it("updates a cycle and shows it on its service's own referral chart", async () => {
    const cycleId = dataOf(
      await api.run<{ recordPdsaCycle: any }>(
        CYCLE,
        {
          projectId: '1',
          input: { changeIdea: 'Same-day booking', plan: 'Book at the clinic.', startedOn: '2019-06-10', measureIds: ['1'] },
        },
        lead,
      ),
    ).recordPdsaCycle.id;
    const updated = dataOf(
      await api.run<{ updatePdsaCycle: any }>(
        `mutation($id: ID!, $input: PdsaCycleInput!) { updatePdsaCycle(id: $id, input: $input) { sequence showOnServiceCharts do } }`,
        {
          id: cycleId,
          input: {
            changeIdea: 'Same-day booking',
            plan: 'Book at the clinic.',
            doNotes: 'Booked 12.',
            startedOn: '2019-06-10',
            measureIds: ['1'],
            showOnServiceCharts: true,
          },
        },
        lead,
      ),
    ).updatePdsaCycle;
    expect(updated).toEqual({ sequence: 3, showOnServiceCharts: true, do: 'Booked 12.' });
    const chart = `query($programmeIds: [ID!]) { serviceSpc(series: MONTHLY_REFERRALS, filter: { programmeIds: $programmeIds, periodFrom: "2019-04-01", periodTo: "2020-03-31" }) { points { period pdsaCycles } pdsaMarkers { sequence period projectTitle } } }`;
    const own = dataOf(await api.run<{ serviceSpc: any }>(chart, { programmeIds: ['2'] })).serviceSpc;
    expect(own.pdsaMarkers).toEqual([{ sequence: 3, period: '2019-06-01', projectTitle: 'Faster falls pathway' }]);
    expect(own.points.find((point: { period: string }) => point.period === '2019-06-01').pdsaCycles).toEqual([3]);
    expect(dataOf(await api.run<{ serviceSpc: any }>(chart, { programmeIds: ['1'] })).serviceSpc.pdsaMarkers).toEqual([]);
  });
});

describe('T-chart measures', () => {
  it('take event dates in order and count the days between them, recounting when one is deleted', async () => {
    const projectId = (await createProject('admin', { title: 'Fewer falls on the ward', startedOn: '2021-01-01' })).id;
    const id = dataOf(
      await api.run<{ addQiMeasure: { id: string } }>(ADD_MEASURE, {
        projectId,
        input: { name: 'Days between falls', definition: '', unit: 'days', direction: 'INCREASE', chart: 'T' },
      }),
    ).addQiMeasure.id;
    const outOfOrder = errorOf(await api.run(RECORD, { id, values: [{ eventDate: '2021-02-01' }, { eventDate: '2021-01-20' }] }));
    expect(outOfOrder.extensions?.argumentName).toBe('values[1].eventDate');
    expect(outOfOrder.message).toMatch(/in order/);
    expect(errorOf(await api.run(RECORD, { id, values: [{ eventDate: '2021-02-01', value: 3 }] })).extensions?.argumentName).toBe('values[0].value');
    expect(errorOf(await api.run(RECORD, { id, values: [{ eventDate: '2020-12-01' }] })).extensions?.argumentName).toBe('values[0].eventDate');
    const recorded = dataOf(
      await api.run<{ recordQiMeasureValues: any }>(RECORD, {
        id,
        values: [{ eventDate: '2021-01-11' }, { eventDate: '2021-02-10' }, { eventDate: '2021-02-20' }],
      }),
    );
    expect(recorded.recordQiMeasureValues.values).toEqual([
      { periodStart: '2021-01-11', value: 10 },
      { periodStart: '2021-02-10', value: 30 },
      { periodStart: '2021-02-20', value: 10 },
    ]);
    const deleted = dataOf(
      await api.run<{ deleteQiMeasureValue: any }>(
        `mutation { deleteQiMeasureValue(measureId: "${id}", periodStart: "2021-02-10", reason: "Not a fall") { values { periodStart value } } }`,
      ),
    );
    expect(deleted.deleteQiMeasureValue.values).toEqual([
      { periodStart: '2021-01-11', value: 10 },
      { periodStart: '2021-02-20', value: 40 },
    ]);
    expect(
      errorOf(await api.run(ADD_MEASURE, { projectId, input: { name: 'Other', definition: '', unit: 'falls', direction: 'INCREASE', chart: 'T' } })).extensions
        ?.argumentName,
    ).toBe('input.unit');
  });
});

describe('annotations and the QI forum', () => {
  it("adds and deletes an annotation on a measure of the project, and refuses another project's measure", async () => {
    const add = `mutation($input: QiAnnotationInput!) { addQiAnnotation(projectId: "1", input: $input) { id text measure { id } } }`;
    const note = dataOf(
      await api.run<{ addQiAnnotation: any }>(add, { input: { measureId: '1', notedOn: '2021-05-01', text: 'New clinic room.' } }, LEAD),
    ).addQiAnnotation;
    expect(note).toMatchObject({ text: 'New clinic room.', measure: { id: '1' } });
    expect(errorOf(await api.run(add, { input: { measureId: '3', notedOn: '2021-05-01', text: 'x' } }, LEAD)).extensions?.argumentName).toBe('input.measureId');
    expect(errorOf(await api.run(`mutation { deleteQiAnnotation(id: "${note.id}") }`, {}, OTHER_LEAD)).extensions?.code).toBe('FORBIDDEN');
    expect(dataOf(await api.run(`mutation { deleteQiAnnotation(id: "${note.id}") }`, {}, LEAD))).toEqual({ deleteQiAnnotation: true });
  });

  it('records and updates forum meetings with the projects discussed, for QI leads and admins only', async () => {
    const record = `mutation($input: QiForumMeetingInput!) { recordQiForumMeeting(input: $input) { id heldOn projectsDiscussed { id title } } }`;
    const input = { heldOn: '2022-02-15', staffAttendees: 6, serviceUserCarerAttendees: 4, notes: 'Falls pathway update.', projectIdsDiscussed: ['1', '3'] };
    const meeting = dataOf(await api.run<{ recordQiForumMeeting: any }>(record, { input }, OTHER_LEAD)).recordQiForumMeeting;
    expect(meeting.projectsDiscussed).toEqual([
      { id: '1', title: 'Faster falls pathway' },
      { id: '3', title: 'Rebuild the QI forum' },
    ]);
    expect(errorOf(await api.run(record, { input }, OTHER_LEAD)).extensions?.argumentName).toBe('input.heldOn');
    expect(errorOf(await api.run(record, { input: { ...input, heldOn: TOMORROW } })).extensions?.argumentName).toBe('input.heldOn');
    expect(errorOf(await api.run(record, { input: { ...input, heldOn: '2022-02-16', projectIdsDiscussed: ['999'] } })).extensions?.argumentName).toBe(
      'input.projectIdsDiscussed',
    );
    expect(errorOf(await api.run(record, { input: { ...input, heldOn: '2022-02-17', staffAttendees: -1 } })).extensions?.argumentName).toBe(
      'input.staffAttendees',
    );
    expect(errorOf(await api.run(record, { input: { ...input, heldOn: '2022-02-18' } }, 'service_manager')).extensions?.code).toBe('FORBIDDEN');
    const update = `mutation($id: ID!, $input: QiForumMeetingInput!) { updateQiForumMeeting(id: $id, input: $input) { staffAttendees projectsDiscussed { id } } }`;
    const updated = dataOf(
      await api.run<{ updateQiForumMeeting: any }>(update, { id: meeting.id, input: { ...input, staffAttendees: 7, projectIdsDiscussed: ['3'] } }),
    );
    expect(updated.updateQiForumMeeting).toEqual({ staffAttendees: 7, projectsDiscussed: [{ id: '3' }] });
  });
});

describe('the audit log', () => {
  it('shows each QI change with who made it', async () => {
    const { auditLog } = dataOf(
      await api.run<{ auditLog: { action: string; actor: string }[] }>(
        '{ auditLog(first: 500, filter: { actions: ["qi.project_create", "qi.project_update", "qi.measure_create", "qi.values_record", "qi.value_correct", "qi.value_delete", "qi.chart_settings", "qi.pdsa_record", "qi.pdsa_update", "qi.annotation_add", "qi.annotation_delete", "qi.forum_record", "qi.forum_update"] }) { action actor } }',
      ),
    );
    const actions = new Set(auditLog.map((entry) => entry.action));
    expect([...actions].sort()).toEqual([
      'qi.annotation_add',
      'qi.annotation_delete',
      'qi.chart_settings',
      'qi.forum_record',
      'qi.forum_update',
      'qi.measure_create',
      'qi.pdsa_record',
      'qi.pdsa_update',
      'qi.project_create',
      'qi.project_update',
      'qi.value_correct',
      'qi.value_delete',
      'qi.values_record',
    ]);
    expect(auditLog.find((entry) => entry.action === 'qi.chart_settings')?.actor).toBe('lead-falls@test.hub');
  });
});
