import pg from 'pg';
import { inject } from 'vitest';
import { HUB_DATA_TABLES } from '@hub/seed';
import { refreshRollups } from '../rollup/rollup.refresh.js';
import { pgRunner, type SqlRunner } from '../sql/sql.runner.js';

export interface FixtureReferral {
  personId?: number;
  person?: FixturePerson;
  programmeId?: number;
  receivedOn?: string;
  status?: 'received' | 'assessed' | 'started' | 'completed' | 'declined' | 'did_not_start' | 'dropped_out';
  startedOn?: string | null;
  endedOn?: string | null;
  source?: string;
}

export interface FixturePerson {
  ethnicCode?: string;
  sex?: 'female' | 'male' | 'other' | 'not_stated';
  birthYear?: number;
  wardCode?: string | null;
  deprivationDecile?: number | null;
}

/**
 * Hand-made rows for edge cases, written in an empty hub: the seeded town is truncated inside a
 * transaction that is always rolled back, so other specs still read the seeded data.
 */
export class FixtureBuilder {
  private people = 0;
  /** Wards FXA (decile 1) and FXB (decile 6), and one programme in one service. */
  readonly wards = { a: 'FXA', b: 'FXB' } as const;
  programmeId = 0;
  serviceId = 0;

  constructor(readonly client: pg.Client) {}

  async base(): Promise<void> {
    await this.client.query(`insert into ward (code, name, deprivation_decile) values ('FXA', 'Fixture A', 1), ('FXB', 'Fixture B', 6)`);
    const organisation = await this.one(`insert into organisation (code, name, kind) values ('fx-provider', 'Fixture provider', 'provider') returning id`);
    this.serviceId = await this.one(`insert into service (code, name, provider_id) values ('fx-service', 'Fixture service', $1) returning id`, [organisation]);
    this.programmeId = await this.one(
      `insert into programme (code, name, service_id, duration_weeks, opened_on) values ('fx-programme', 'Fixture programme', $1, 12, '2018-04-01') returning id`,
      [this.serviceId],
    );
  }

  async person(person: FixturePerson = {}): Promise<number> {
    this.people += 1;
    return this.one(
      `insert into person (pseudonym, birth_year, sex, ethnic_code, ward_code, deprivation_decile) values ($1, $2, $3, $4, $5, $6) returning id`,
      [
        this.people.toString(16).padStart(64, '0'),
        person.birthYear ?? 1960,
        person.sex ?? 'female',
        person.ethnicCode ?? 'A',
        person.wardCode === undefined ? 'FXA' : person.wardCode,
        person.deprivationDecile ?? null,
      ],
    );
  }

  async referral(referral: FixtureReferral = {}): Promise<number> {
    const personId = referral.personId ?? (await this.person(referral.person));
    const status = referral.status ?? 'completed';
    const receivedOn = referral.receivedOn ?? '2019-05-01';
    const started = ['started', 'completed', 'dropped_out'].includes(status);
    const ended = ['completed', 'declined', 'did_not_start', 'dropped_out'].includes(status);
    const startedOn = referral.startedOn !== undefined ? referral.startedOn : started ? receivedOn : null;
    return this.one(
      `insert into referral (person_id, programme_id, source_code, received_on, status, assessed_on, started_on, ended_on)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
      [
        personId,
        referral.programmeId ?? this.programmeId,
        referral.source ?? 'gp',
        receivedOn,
        status,
        status === 'assessed' ? receivedOn : null,
        startedOn,
        referral.endedOn !== undefined ? referral.endedOn : ended ? (startedOn ?? receivedOn) : null,
      ],
    );
  }

  async outcome(referralId: number, instrument: string, timepoint: string, score: number, measuredOn = '2019-05-01'): Promise<void> {
    await this.client.query(`insert into outcome_measurement (referral_id, instrument_code, timepoint, measured_on, score) values ($1, $2, $3, $4, $5)`, [
      referralId,
      instrument,
      timepoint,
      measuredOn,
      score,
    ]);
  }

  /** A referral measured at baseline and at the end. */
  async pair(instrument: string, before: number, after: number, referral: FixtureReferral = {}): Promise<number> {
    const id = await this.referral(referral);
    await this.outcome(id, instrument, 'baseline', before);
    await this.outcome(id, instrument, 'end', after);
    return id;
  }

  async one(sql: string, params: unknown[] = []): Promise<number> {
    const { rows } = await this.client.query(sql, params);
    return Number(Object.values(rows[0])[0]);
  }
}

export async function withFixture<T>(build: (fixture: FixtureBuilder) => Promise<void>, run: (runner: SqlRunner) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`truncate ${HUB_DATA_TABLES.join(', ')} restart identity cascade`);
    const fixture = new FixtureBuilder(client);
    await fixture.base();
    await build(fixture);
    const runner = pgRunner(client);
    await refreshRollups(runner, { concurrently: false });
    return await run(runner);
  } finally {
    await client.query('rollback');
    await client.end();
  }
}

/** A pool on the seeded test database, for specs that read the seeded town. */
export function seededPool(): pg.Pool {
  return new pg.Pool({ connectionString: inject('databaseUrl'), max: 4 });
}
