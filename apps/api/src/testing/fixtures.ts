import type { Orm } from '@hub/db';
import * as catalogue from './fixture.catalogue.js';
import { buildAttendance, buildOutcomes, buildPeople, buildReferrals, buildStatusEvents } from './fixture.referrals.js';

export * from './fixture.catalogue.js';
export * from './fixture.referrals.js';

export const FIXTURE_REFERRALS = buildReferrals();
export const FIXTURE_PEOPLE = buildPeople();
export const FIXTURE_OUTCOMES = buildOutcomes(FIXTURE_REFERRALS);

/** Table and rows, parents before children, so foreign keys hold as each insert runs. */
function fixtureTables(): [string, object[]][] {
  return [
    ['ward', catalogue.WARDS],
    ['organisation', catalogue.ORGANISATIONS],
    ['contract', catalogue.CONTRACTS],
    ['contract_provider', catalogue.CONTRACT_PROVIDERS],
    ['kpi', catalogue.KPIS],
    ['kpi_target', catalogue.KPI_TARGETS],
    ['kpi_value', catalogue.KPI_VALUES],
    ['service', catalogue.SERVICES],
    ['programme', catalogue.PROGRAMMES],
    ['venue', catalogue.VENUES],
    ['programme_venue', catalogue.PROGRAMME_VENUES],
    ['population', catalogue.POPULATION],
    ['person', FIXTURE_PEOPLE],
    ['outreach_event', catalogue.OUTREACH_EVENTS],
    ['referral', FIXTURE_REFERRALS],
    ['referral_status_event', buildStatusEvents(FIXTURE_REFERRALS)],
    ['attendance', buildAttendance(FIXTURE_REFERRALS)],
    ['outcome_measurement', FIXTURE_OUTCOMES],
    ['qi_project', catalogue.QI_PROJECTS],
    ['qi_project_involvement', catalogue.QI_INVOLVEMENT],
    ['qi_measure', catalogue.QI_MEASURES],
    ['qi_measure_value', catalogue.QI_MEASURE_VALUES],
    ['qi_chart_mark', catalogue.QI_CHART_MARKS],
    ['pdsa_cycle', catalogue.PDSA_CYCLES],
    ['pdsa_cycle_measure', catalogue.PDSA_CYCLE_MEASURES],
    ['qi_annotation', catalogue.QI_ANNOTATIONS],
    ['qi_forum_meeting', catalogue.QI_FORUM_MEETINGS],
  ];
}

/**
 * Loads the fixture once into the shared test database. Spec files run in parallel workers
 * against one database, so the first to take the advisory lock inserts and the rest see it.
 */
export async function insertFixtures(orm: Orm): Promise<void> {
  await orm.em.getKnex().transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [20261122]);
    const existing = await trx('organisation').where({ code: catalogue.ORGANISATIONS[0].code }).first();
    if (existing) return;
    for (const [table, rows] of fixtureTables()) await trx(table).insert(rows);
    // The fixture gives its own ids, so each serial key moves past them before anything is added.
    for (const [table] of fixtureTables()) {
      const { rows } = await trx.raw(
        `select pg_get_serial_sequence(?, 'id') as seq from information_schema.columns
        where table_name = ? and column_name = 'id'`,
        [table, table],
      );
      if (rows[0]?.seq) await trx.raw(`select setval(?, (select coalesce(max(id), 0) + 1 from ${table}), false)`, [rows[0].seq]);
    }
  });
}
