import type pg from 'pg';
import { dayOf } from './calendar.util.js';
import { chartMarkRows, forumMeetingRows, measureValueRows } from './qi.generator.js';
import type { Random } from './random.js';
import {
  contracts,
  kpiQuarters,
  kpis,
  kpiTargets,
  organisationId,
  organisations,
  pdsaCycles,
  population,
  POPULATION_YEAR,
  programmes,
  qiAnnotations,
  qiMeasures,
  qiProjects,
  services,
  venues,
  wards,
} from './reference/index.js';
import { insertRows } from './table.writer.js';

/** Writes everything that is not a person's activity: places, organisations, contract, KPIs, programmes, QI. */
export async function writeReferenceData(client: pg.ClientBase, random: Random, referrals: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const write = async (table: string, rows: readonly object[]): Promise<void> => {
    counts[table] = await insertRows(client, table, rows);
  };
  await write(
    'ward',
    wards.map((ward) => ({ code: ward.code, name: ward.name, deprivation_decile: ward.deprivationDecile })),
  );
  await write(
    'population',
    population.map((cell) => ({
      year: POPULATION_YEAR,
      ward_code: cell.wardCode,
      ethnic_code: cell.ethnicCode,
      age_band: cell.ageBand,
      sex: cell.sex,
      residents: cell.residents,
    })),
  );
  await write(
    'organisation',
    organisations.map(({ id, code, name, kind }) => ({ id, code, name, kind })),
  );
  await write(
    'contract',
    contracts.map((contract) => ({
      id: contract.id,
      code: contract.code,
      title: contract.title,
      commissioner_id: organisationId(contract.commissionerCode),
      starts_on: contract.startsOn,
      ends_on: contract.endsOn,
      extension_ends_on: contract.extensionEndsOn,
    })),
  );
  await write(
    'contract_provider',
    contracts.flatMap((contract) => contract.providerCodes.map((code) => ({ contract_id: contract.id, organisation_id: organisationId(code) }))),
  );
  await write(
    'kpi',
    kpis.map((kpi) => ({
      id: kpi.id,
      contract_id: 1,
      code: kpi.code,
      name: kpi.name,
      description: kpi.description,
      metric: kpi.metric,
      unit: kpi.unit,
      direction: kpi.direction,
      period: 'quarter',
      tolerance: kpi.tolerance,
    })),
  );
  await write(
    'kpi_target',
    kpiTargets(referrals).map((target) => ({ kpi_id: target.kpiId, period_start: target.periodStart, target: target.target })),
  );
  await write('kpi_value', reportedKpiValues(random.fork('kpi')));
  await write(
    'service',
    services.map((service) => ({
      id: service.id,
      code: service.code,
      name: service.name,
      description: service.description,
      provider_id: organisationId(service.providerCode),
    })),
  );
  await write(
    'programme',
    programmes.map((programme) => ({
      id: programme.id,
      code: programme.code,
      name: programme.name,
      description: programme.description,
      service_id: programme.serviceId,
      duration_weeks: programme.durationWeeks,
      sessions_per_week: programme.sessionsPerWeek,
      fee_pence: programme.feePence,
      opened_on: programme.openedOn,
      closed_on: null,
    })),
  );
  await write(
    'venue',
    venues.map(({ id, code, name, kind, wardCode }) => ({ id, code, name, kind, ward_code: wardCode })),
  );
  await write(
    'programme_venue',
    programmes.flatMap((programme) => programme.venueIds.map((venueId) => ({ programme_id: programme.id, venue_id: venueId }))),
  );
  Object.assign(counts, await writeQualityImprovement(client, random.fork('qi')));
  return counts;
}

/** Satisfaction is reported by hand each quarter; it dipped when classes moved online. */
function reportedKpiValues(random: Random): object[] {
  const kpi = kpis.find((candidate) => candidate.metric === 'reported')!;
  const lockdown = (quarter: string): boolean => dayOf(quarter) >= dayOf('2020-04-01') && dayOf(quarter) < dayOf('2021-04-01');
  return kpiQuarters.map((quarter) => ({
    kpi_id: kpi.id,
    period_start: quarter,
    value: Math.min(100, Math.round(((lockdown(quarter) ? 86 : 92.5) + random.normal(0, 1.8)) * 10) / 10),
  }));
}

async function writeQualityImprovement(client: pg.ClientBase, random: Random): Promise<Record<string, number>> {
  const serviceId = (code: string | null): number | null => (code === null ? null : services.find((service) => service.code === code)!.id);
  const counts: Record<string, number> = {};
  const write = async (table: string, rows: readonly object[]): Promise<void> => {
    counts[table] = await insertRows(client, table, rows);
  };
  await write(
    'qi_project',
    qiProjects.map((project) => ({
      id: project.id,
      code: project.code,
      title: project.title,
      team: project.team,
      aim: project.aim,
      service_id: serviceId(project.serviceCode),
      started_on: project.startedOn,
      ended_on: project.endedOn,
      status: project.status,
      progress_score: project.progressScore,
    })),
  );
  await write(
    'qi_project_involvement',
    qiProjects.flatMap((project) => project.involvement.map((entry) => ({ project_id: project.id, effective_on: entry.effectiveOn, level: entry.level }))),
  );
  await write(
    'qi_measure',
    qiMeasures.map((measure) => ({
      id: measure.id,
      project_id: measure.projectId,
      name: measure.name,
      description: measure.description,
      unit: measure.unit,
      direction: measure.direction,
      target: measure.target,
      chart: measure.chart,
    })),
  );
  const values = measureValueRows(random.fork('measures'));
  await write(
    'qi_measure_value',
    values.map(({ ghosted: _ghosted, rebase: _rebase, ...value }) => value),
  );
  await write('qi_chart_mark', chartMarkRows(values));
  await write(
    'pdsa_cycle',
    pdsaCycles.map((cycle) => ({
      id: cycle.id,
      project_id: cycle.projectId,
      sequence: cycle.sequence,
      change_idea: cycle.changeIdea,
      plan: cycle.plan,
      do_notes: cycle.doNotes,
      study: cycle.study,
      act: cycle.act,
      decision: cycle.decision,
      started_on: cycle.startedOn,
      ended_on: cycle.endedOn,
    })),
  );
  await write(
    'pdsa_cycle_measure',
    pdsaCycles.flatMap((cycle) => cycle.measureIds.map((measureId) => ({ cycle_id: cycle.id, measure_id: measureId }))),
  );
  await write(
    'qi_annotation',
    qiAnnotations.map((note, i) => ({ id: i + 1, project_id: note.projectId, measure_id: note.measureId, noted_on: note.notedOn, text: note.text })),
  );
  await write('qi_forum_meeting', forumMeetingRows(random.fork('forum')));
  return counts;
}
