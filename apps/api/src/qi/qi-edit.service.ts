import { AuditLog } from '../access/audit.log.js';
import type { Viewer } from '../access/viewer.js';
import { InvalidArgumentError } from '../common/argument.error.js';
import { ConflictError } from '../common/conflict.error.js';
import type { SqlClient } from '../common/sql.client.js';
import type { QiEditAccess } from './qi-edit.access.js';
import type { QiChartSettingsInput, QiMeasureInput, QiMeasureValueInput, QiProjectInput } from './qi-edit.input.js';
import type { QiEditLoaders } from './qi-edit.loaders.js';
import { toChartSettings, toProgressScoreChange, toValueChange } from './qi-edit.mapper.js';
import { QiEditRepository, type MeasureWrite, type ProjectStateRow, type ProjectWrite, type ValueChange } from './qi-edit.repository.js';
import { checkReason, datedValues, notInFuture, recountEvents, today } from './qi-edit.rules.js';
import type { ProgressScoreChange, QiChartSettings, QiMeasureValueChange } from './qi-edit.type.js';
import { toQiMeasure, toQiProject } from './qi.mapper.js';
import { QiRepository } from './qi.repository.js';
import type { QiMeasure } from './qi-measure.type.js';
import type { QiProject } from './qi-project.type.js';

/**
 * QI teams' edits to their projects, measures, values and chart settings (docs/methods.md,
 * "QI measures"). Each mutation is one transaction with its audit entry, so it is saved whole
 * or not at all; reads come back fresh from the request's connection afterwards.
 */
export class QiEditService {
  constructor(
    private readonly viewer: Viewer,
    private readonly sql: SqlClient,
    private readonly access: QiEditAccess,
    private readonly loaders: QiEditLoaders,
  ) {}

  canEdit(projectId: string): boolean {
    return this.access.canEdit(projectId);
  }

  async createProject(input: QiProjectInput): Promise<QiProject> {
    this.access.requireQiRole('create QI projects');
    const id = await this.write(async (repository, audit) => {
      await this.checkProject(repository, input, null);
      const projectId = await repository.insertProject(projectWrite(input), await repository.codeFor(input.title), this.access.actor);
      await repository.setProgressScore(projectId, input.progressScoredOn, input.progressScore);
      await repository.setInvolvement(projectId, input.involvementChangedOn ?? input.startedOn, input.involvementLevel);
      if (this.viewer.account!.role === 'qi_lead') await repository.addMember(this.viewer.account!.id, projectId);
      await audit.write(this.viewer, { action: 'qi.project_create', detail: { projectId, ...input } });
      return projectId;
    });
    this.access.noteCreated(id);
    return this.freshProject(id);
  }

  async updateProject(id: string, version: number, input: QiProjectInput): Promise<QiProject> {
    await this.access.requireEditor(id, 'id');
    await this.write(async (repository, audit) => {
      const state = (await repository.projectForUpdate(id))!;
      if (state.version !== version) throw conflict(state);
      await this.checkProject(repository, input, state);
      const newVersion = await repository.updateProject(id, projectWrite(input), this.access.actor);
      if (input.progressScore !== state.progress_score || input.progressScoredOn !== state.scored_on) {
        await repository.setProgressScore(id, input.progressScoredOn, input.progressScore);
      }
      if (input.involvementLevel !== state.involvement_level)
        await repository.setInvolvement(id, input.involvementChangedOn ?? today(), input.involvementLevel);
      await audit.write(this.viewer, { action: 'qi.project_update', detail: { projectId: id, version: newVersion, ...input } });
    });
    return this.freshProject(id);
  }

  async addMeasure(projectId: string, input: QiMeasureInput): Promise<QiMeasure> {
    await this.access.requireEditor(projectId, 'projectId');
    const id = await this.write(async (repository, audit) => {
      await checkMeasure(repository, projectId, input, null);
      const measureId = await repository.insertMeasure(projectId, measureWrite(input));
      await audit.write(this.viewer, { action: 'qi.measure_create', detail: { projectId, measureId, ...input } });
      return measureId;
    });
    return this.freshMeasure(id);
  }

  async updateMeasure(id: string, input: QiMeasureInput): Promise<QiMeasure> {
    const projectId = await this.access.requireEditorOf('qi_measure', id, 'id');
    await this.write(async (repository, audit) => {
      const current = (await this.readMeasure(id))!;
      const values = await repository.valuesForUpdate(id);
      if (input.chart !== current.chart && values.length > 0) {
        throw new InvalidArgumentError('input.chart', 'cannot change once values are recorded: T-chart values are event dates, XmR values are per period.');
      }
      await checkMeasure(repository, projectId, input, id);
      await repository.updateMeasure(id, measureWrite(input));
      await audit.write(this.viewer, { action: 'qi.measure_update', detail: { projectId, measureId: id, ...input } });
    });
    return this.freshMeasure(id);
  }

  async recordValues(measureId: string, values: QiMeasureValueInput[], replace: boolean, reason: string | null): Promise<QiMeasure> {
    const projectId = await this.access.requireEditorOf('qi_measure', measureId, 'measureId');
    const why = checkReason(reason, 'reason', false);
    const measure = (await this.readMeasure(measureId))!;
    const rows = datedValues(values, measure.chart);
    await this.write(async (repository, audit) => {
      const existing = await repository.valuesForUpdate(measureId);
      const recorded = new Map(existing.map((row) => [row.period_start, row.value]));
      const taken = rows.find((row) => recorded.has(row.day));
      if (taken && !replace) {
        throw new InvalidArgumentError(taken.field, `${taken.day} already has a value (${recorded.get(taken.day)}); send replace: true to correct it.`);
      }
      const changes =
        measure.chart === 't'
          ? recountEvents(
              existing,
              [...existing.map((row) => row.period_start), ...rows.map((row) => row.day)],
              await this.startOf(projectId, rows[0].field, rows),
              why,
            )
          : rows
              .filter((row) => recorded.get(row.day) !== row.value)
              .map((row): ValueChange => ({
                periodStart: row.day,
                oldValue: recorded.get(row.day) ?? null,
                newValue: row.value,
                reason: recorded.has(row.day) ? (why ?? 'Replaced by a new recording.') : null,
              }));
      await repository.applyValueChanges(measureId, changes, this.access.actor);
      await audit.write(this.viewer, {
        action: 'qi.values_record',
        detail: { measureId, replace, reason: why, values: rows.map(({ day, value }) => ({ day, value })) },
        rowCount: changes.length,
      });
    });
    return this.freshMeasure(measureId);
  }

  async correctValue(measureId: string, periodStart: string, value: number, reason: string): Promise<QiMeasure> {
    await this.access.requireEditorOf('qi_measure', measureId, 'measureId');
    const why = checkReason(reason, 'reason', true)!;
    const measure = (await this.readMeasure(measureId))!;
    if (measure.chart === 't')
      throw new InvalidArgumentError('value', "a T chart's values are counted from its event dates: delete the wrong event and record the right date.");
    if (!Number.isFinite(value) || Math.abs(value) > 1e12) throw new InvalidArgumentError('value', 'must be a number between -1e12 and 1e12.');
    await this.write(async (repository, audit) => {
      const old = (await repository.valuesForUpdate(measureId)).find((row) => row.period_start === periodStart);
      if (!old) throw new InvalidArgumentError('periodStart', `no value is recorded for ${periodStart}.`);
      await repository.applyValueChanges(measureId, [{ periodStart, oldValue: old.value, newValue: value, reason: why }], this.access.actor);
      await audit.write(this.viewer, { action: 'qi.value_correct', detail: { measureId, periodStart, oldValue: old.value, value, reason: why } });
    });
    return this.freshMeasure(measureId);
  }

  async deleteValue(measureId: string, periodStart: string, reason: string): Promise<QiMeasure> {
    const projectId = await this.access.requireEditorOf('qi_measure', measureId, 'measureId');
    const why = checkReason(reason, 'reason', true)!;
    const measure = (await this.readMeasure(measureId))!;
    await this.write(async (repository, audit) => {
      const existing = await repository.valuesForUpdate(measureId);
      const old = existing.find((row) => row.period_start === periodStart);
      if (!old) throw new InvalidArgumentError('periodStart', `no value is recorded for ${periodStart}.`);
      const remaining = existing.filter((row) => row.period_start !== periodStart).map((row) => row.period_start);
      const changes =
        measure.chart === 't'
          ? recountEvents(existing, remaining, await this.startOf(projectId, 'periodStart', []), why)
          : [{ periodStart, oldValue: old.value, newValue: null, reason: why }];
      await repository.applyValueChanges(measureId, changes, this.access.actor);
      await audit.write(this.viewer, { action: 'qi.value_delete', detail: { measureId, periodStart, oldValue: old.value, reason: why } });
    });
    return this.freshMeasure(measureId);
  }

  async setChartSettings(measureId: string, input: QiChartSettingsInput): Promise<QiMeasure> {
    await this.access.requireEditorOf('qi_measure', measureId, 'measureId');
    const marks = [
      ...uniqueMarks(input.rebases, 'input.rebases').map((mark) => ({ kind: 'rebase' as const, ...mark })),
      ...uniqueMarks(input.ghosts, 'input.ghosts').map((mark) => ({ kind: 'ghost' as const, ...mark })),
    ];
    await this.write(async (repository, audit) => {
      await repository.replaceChartMarks(measureId, marks, input.target ?? null);
      await audit.write(this.viewer, {
        action: 'qi.chart_settings',
        detail: { measureId, rebases: input.rebases, ghosts: input.ghosts, target: input.target ?? null },
      });
    });
    return this.freshMeasure(measureId);
  }

  async progressHistory(projectId: string): Promise<ProgressScoreChange[]> {
    return (await this.loaders.progressByProject.load(projectId)).map(toProgressScoreChange);
  }

  async chartSettings(measureId: string, target: number | null): Promise<QiChartSettings> {
    return toChartSettings(await this.loaders.marksByMeasure.load(measureId), target);
  }

  async valueHistory(measureId: string): Promise<QiMeasureValueChange[]> {
    return (await this.loaders.historyByMeasure.load(measureId)).map(toValueChange);
  }

  /** One transaction: the repository and the audit log both write on it. */
  write<T>(work: (repository: QiEditRepository, audit: AuditLog) => Promise<T>): Promise<T> {
    return this.sql.transaction((sql) => work(new QiEditRepository(sql), new AuditLog(sql)));
  }

  private async checkProject(repository: QiEditRepository, input: QiProjectInput, state: ProjectStateRow | null): Promise<void> {
    notInFuture(input.startedOn, 'input.startedOn');
    notInFuture(input.progressScoredOn, 'input.progressScoredOn');
    notInFuture(input.involvementChangedOn, 'input.involvementChangedOn');
    if (input.serviceId && !(await repository.serviceExists(input.serviceId)))
      throw new InvalidArgumentError('input.serviceId', `no service has id ${input.serviceId}.`);
    if (state?.scored_on && input.progressScoredOn < state.scored_on) {
      throw new InvalidArgumentError('input.progressScoredOn', `must not be before the last score, set on ${state.scored_on}.`);
    }
    const changedOn = input.involvementChangedOn ?? (state ? today() : input.startedOn);
    if (state?.involvement_on && input.involvementLevel !== state.involvement_level && changedOn < state.involvement_on) {
      throw new InvalidArgumentError('input.involvementChangedOn', `must not be before the last involvement change, on ${state.involvement_on}.`);
    }
  }

  /** Where a T chart's first gap is counted from: the project's start, which no event may precede. */
  private async startOf(projectId: string, field: string, rows: readonly { day: string; field: string }[]): Promise<string> {
    const project = (await this.readProject(projectId))!;
    const early = rows.find((row) => row.day < project.startedOn);
    if (early) throw new InvalidArgumentError(early.field ?? field, `events before the project started (${project.startedOn}) cannot be counted.`);
    return project.startedOn;
  }

  private async readProject(id: string): Promise<QiProject | null> {
    const [row] = await new QiRepository(this.sql).projects({ ids: [id] });
    return row ? toQiProject(row) : null;
  }

  private async readMeasure(id: string): Promise<QiMeasure | null> {
    const [row] = await new QiRepository(this.sql).measures({ ids: [id] });
    return row ? toQiMeasure(row) : null;
  }

  private async freshProject(id: string): Promise<QiProject> {
    return (await this.readProject(id))!;
  }

  private async freshMeasure(id: string): Promise<QiMeasure> {
    return (await this.readMeasure(id))!;
  }
}

function conflict(state: ProjectStateRow): ConflictError {
  const when = state.changed_at ? new Date(state.changed_at).toISOString().replace('T', ' ').slice(0, 19) + ' UTC' : 'an earlier time';
  return new ConflictError(
    `This project was changed by ${state.changed_by ?? 'someone else'} at ${when} since you opened it (version ${state.version}); reload to see their changes.`,
  );
}

async function checkMeasure(repository: QiEditRepository, projectId: string, input: QiMeasureInput, id: string | null): Promise<void> {
  const same = await repository.measureNamed(projectId, input.name);
  if (same && same.id !== id) throw new InvalidArgumentError('input.name', `this project already has a measure named "${input.name}".`);
  if (input.chart === 't' && input.unit !== 'days')
    throw new InvalidArgumentError('input.unit', 'must be "days" for a T chart, which counts the days between events.');
}

function uniqueMarks(marks: readonly { at: string; reason: string }[], argumentName: string): { at: string; reason: string }[] {
  const seen = new Set<string>();
  return marks.map((mark, i) => {
    if (seen.has(mark.at)) throw new InvalidArgumentError(`${argumentName}[${i}].at`, `${mark.at} appears more than once.`);
    seen.add(mark.at);
    const reason = checkReason(mark.reason, `${argumentName}[${i}].reason`, true)!;
    return { at: mark.at, reason };
  });
}

const projectWrite = (input: QiProjectInput): ProjectWrite => ({
  title: input.title.trim(),
  team: input.team.trim(),
  aim: input.aim.trim(),
  serviceId: input.serviceId ?? null,
  startedOn: input.startedOn,
  endedOn: input.endedOn ?? null,
  status: input.status,
  progressScore: input.progressScore,
});

const measureWrite = (input: QiMeasureInput): MeasureWrite => ({
  name: input.name.trim(),
  description: input.definition.trim(),
  unit: input.unit.trim(),
  direction: input.direction,
  target: input.target ?? null,
  chart: input.chart,
});
