import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ReferenceKind, type MikroORM } from '@mikro-orm/postgresql';
import { openOrm } from '../orm.js';
import { ROLLUPS } from '../rollup.definitions.js';
import {
  EthnicCategory,
  Instrument,
  Organisation,
  OutcomeMeasurement,
  Person,
  Programme,
  Referral,
  ReferralSource,
  ReferralStatusEvent,
  Service,
  Venue,
  Ward,
  entities,
} from './index.js';

describe('the entities', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await openOrm(inject('databaseUrl'));
  });
  afterAll(() => orm.close(true));

  // The reporting rollups are filled by SQL (rollup.refresh.ts) and read by SQL (@hub/reporting), never through entities.
  const rollupTables = ROLLUPS.map((rollup) => `'${rollup.name}'`).join(', ');

  it('map every table of the migration except the reporting rollups', async () => {
    const rows = await orm.em.getConnection().execute<{ table_name: string }[]>(
      `select table_name from information_schema.tables
       where table_schema = 'public' and table_name <> 'mikro_orm_migrations' and table_name not in (${rollupTables}) order by table_name`,
    );
    const mapped = entities.map((entity) => orm.getMetadata().get(entity.name).tableName).sort();
    expect(mapped).toEqual(rows.map((row) => row.table_name));
  });

  it('leave nothing for the schema generator to change, apart from the checks only the migration holds', async () => {
    const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    const checks = await checkConstraintNames();
    // Range, pattern and cross-column checks live in the migration only, so that bulk COPY loads
    // are held to them too; entities do not repeat them (the "in (...)" checks are entity enums).
    // The generator therefore proposes dropping them, and nothing else may be left.
    const statements = sql
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const leftOver = statements.filter((statement) => {
      const drop = /^alter table "(\w+)" drop constraint "?(\w+)"?;$/.exec(statement);
      return !(drop && checks.has(`${drop[1]}.${drop[2]}`));
    });
    expect(leftOver).toEqual([]);
  });

  it('declare each column with the database type, including array element types and numeric precision', async () => {
    // The schema comparator reads every array as text[] and cannot see these differences.
    const rows = await orm.em.getConnection().execute<{ column: string; type: string }[]>(
      `select c.relname || '.' || a.attname as column, format_type(a.atttypid, a.atttypmod) as type
       from pg_attribute a join pg_class c on c.oid = a.attrelid
       where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
         and c.relname <> 'mikro_orm_migrations' and c.relname not in (${rollupTables})`,
    );
    const database = Object.fromEntries(rows.map((row) => [row.column, row.type]));
    const declared: Record<string, string> = {};
    for (const meta of Object.values(orm.getMetadata().getAll())) {
      for (const prop of meta.props.filter((p) => p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE)) {
        prop.fieldNames.forEach((field, i) => {
          declared[`${meta.tableName}.${field}`] = normaliseType(prop.columnTypes[i]);
        });
      }
    }
    expect(declared).toEqual(database);
  });

  it('round-trip a referral with its person, programme, status events and outcomes', async () => {
    const em = orm.em.fork();
    const ward = em.create(Ward, { code: 'RT01', name: 'Round-trip ward', deprivationDecile: 2 });
    const provider = em.create(Organisation, { code: 'rt-provider', name: 'Round-trip provider', kind: 'provider' });
    const service = em.create(Service, { code: 'rt-ltc', name: 'Round-trip long-term conditions', provider });
    const programme = em.create(Programme, {
      code: 'rt-rehab',
      name: 'Round-trip exercise rehab',
      service,
      durationWeeks: 12,
      openedOn: '2018-04-01',
    });
    programme.venues.add(em.create(Venue, { code: 'rt-centre', name: 'Round-trip centre', kind: 'community_centre', ward }));
    const person = em.create(Person, {
      pseudonym: 'b'.repeat(64),
      birthYear: 1956,
      sex: 'female',
      ethnicCategory: em.getReference(EthnicCategory, 'J'),
      ward,
      lsoaCode: 'E01015777',
      conditions: ['diabetes', 'msk'],
    });
    const referral = em.create(Referral, {
      person,
      programme,
      source: em.getReference(ReferralSource, 'gp'),
      receivedOn: '2019-05-01',
      conditions: ['diabetes'],
      status: 'completed',
      assessedOn: '2019-05-08',
      startedOn: '2019-05-15',
      endedOn: '2019-08-07',
    });
    const steps = [
      ['received', '2019-05-01'],
      ['assessed', '2019-05-08'],
      ['started', '2019-05-15'],
      ['completed', '2019-08-07'],
    ] as const;
    for (const [status, occurredOn] of steps) {
      em.create(ReferralStatusEvent, { referral, status, occurredOn });
    }
    const swemwbs = em.getReference(Instrument, 'swemwbs');
    em.create(OutcomeMeasurement, {
      referral,
      instrument: swemwbs,
      timepoint: 'baseline',
      measuredOn: '2019-05-15',
      score: 19,
      items: [2, 3, 3, 2, 3, 3, 3],
    });
    em.create(OutcomeMeasurement, {
      referral,
      instrument: swemwbs,
      timepoint: 'end',
      measuredOn: '2019-08-07',
      score: 25,
      items: [4, 4, 3, 3, 4, 4, 3],
    });
    await em.flush();

    const read = await orm.em.fork().findOneOrFail(Referral, referral.id, {
      populate: ['person.ethnicCategory', 'person.ward', 'programme.service.provider', 'programme.venues', 'source', 'statusEvents', 'outcomes.instrument'],
      orderBy: { statusEvents: { occurredOn: 'asc' }, outcomes: { measuredOn: 'asc' } },
    });
    expect(typeof read.id).toBe('number');
    expect(read).toMatchObject({
      receivedOn: '2019-05-01',
      startedOn: '2019-05-15',
      endedOn: '2019-08-07',
      status: 'completed',
      reason: '',
      conditions: ['diabetes'],
      outreachEvent: null,
    });
    expect(read.person).toMatchObject({ birthYear: 1956, sex: 'female', lsoaCode: 'E01015777', conditions: ['diabetes', 'msk'] });
    expect(read.person.ethnicCategory).toMatchObject({ code: 'J', name: 'Pakistani', broadGroup: 'Asian' });
    expect(read.person.ward).toMatchObject({ code: 'RT01', deprivationDecile: 2 });
    expect(read.programme).toMatchObject({ code: 'rt-rehab', sessionsPerWeek: 1, feePence: 0, description: '', closedOn: null });
    expect(read.programme.venues.getItems().map((venue) => venue.code)).toEqual(['rt-centre']);
    expect(read.programme.service.provider).toMatchObject({ code: 'rt-provider', kind: 'provider' });
    expect(read.source).toMatchObject({ code: 'gp', name: 'GP' });
    expect(read.statusEvents.getItems().map((event) => [event.status, event.occurredOn])).toEqual(steps);
    expect(
      read.outcomes.getItems().map((outcome) => ({
        instrument: outcome.instrument.code,
        maxScore: outcome.instrument.maxScore,
        timepoint: outcome.timepoint,
        score: outcome.score,
        items: outcome.items,
      })),
    ).toEqual([
      { instrument: 'swemwbs', maxScore: 35, timepoint: 'baseline', score: 19, items: [2, 3, 3, 2, 3, 3, 3] },
      { instrument: 'swemwbs', maxScore: 35, timepoint: 'end', score: 25, items: [4, 4, 3, 3, 4, 4, 3] },
    ]);
  });

  async function checkConstraintNames(): Promise<Set<string>> {
    const rows = await orm.em.getConnection().execute<{ name: string }[]>(
      `select conrelid::regclass::text || '.' || conname as name from pg_constraint
       where contype = 'c' and connamespace = 'public'::regnamespace`,
    );
    return new Set(rows.map((row) => row.name));
  }
});

/** MikroORM's short names for the types Postgres spells out. */
function normaliseType(type: string): string {
  const aliases: Record<string, string> = {
    int: 'integer',
    int2: 'smallint',
    int4: 'integer',
    int8: 'bigint',
    bool: 'boolean',
    timestamptz: 'timestamp with time zone',
    bigserial: 'bigint',
  };
  return aliases[type] ?? type;
}
