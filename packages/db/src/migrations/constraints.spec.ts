import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';

/*
 * Each bad row below differs from a valid one in one field only, and its parent rows exist,
 * so the rejection can only come from the constraint the test names.
 */
const CHECK = '23514';
const FOREIGN_KEY = '23503';
const UNIQUE = '23505';

const SWEMWBS_ITEMS = [3, 3, 3, 3, 3, 3, 3];
const GSE_ITEMS = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3];

describe('the constraints of the initial migration', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  let referralId: string;
  let programmeId: number;
  let personId: string;
  let projectId: number;

  beforeAll(async () => {
    await client.connect();
    await client.query(`insert into ward (code, name) values ('CX01', 'Constraint ward')`);
    const org = await client.query(`insert into organisation (code, name, kind) values ('cx-provider', 'Constraint provider', 'provider') returning id`);
    const service = await client.query(`insert into service (code, name, provider_id) values ('cx-service', 'Constraint service', $1) returning id`, [
      org.rows[0].id,
    ]);
    const programme = await client.query(
      `insert into programme (code, name, service_id, duration_weeks, opened_on)
       values ('cx-programme', 'Constraint programme', $1, 12, '2018-04-01') returning id`,
      [service.rows[0].id],
    );
    programmeId = programme.rows[0].id;
    const person = await insertPerson(pseudonym('c'), 'A');
    personId = person.rows[0].id;
    const referral = await insertReferral({ status: 'started', received_on: '2019-01-10', started_on: '2019-01-20' });
    referralId = referral.rows[0].id;
    const project = await insertProject('cx-project', 2.5);
    projectId = project.rows[0].id;
  });
  afterAll(() => client.end());

  function pseudonym(digit: string): string {
    return digit.repeat(64);
  }

  function insertPerson(hash: string, ethnicCode: string) {
    return client.query(`insert into person (pseudonym, birth_year, sex, ethnic_code, ward_code) values ($1, 1960, 'female', $2, 'CX01') returning id`, [
      hash,
      ethnicCode,
    ]);
  }

  function insertReferral(dates: { status: string; received_on: string; started_on?: string; ended_on?: string }) {
    return client.query(
      `insert into referral (person_id, programme_id, source_code, received_on, status, started_on, ended_on)
       values ($1, $2, 'gp', $3, $4, $5, $6) returning id`,
      [personId, programmeId, dates.received_on, dates.status, dates.started_on ?? null, dates.ended_on ?? null],
    );
  }

  function insertOutcome(instrument: string, timepoint: string, score: number, items: number[] | null) {
    return client.query(
      `insert into outcome_measurement (referral_id, instrument_code, timepoint, measured_on, score, items)
       values ($1, $2, $3, '2019-01-20', $4, $5) returning id`,
      [referralId, instrument, timepoint, score, items],
    );
  }

  function insertProject(code: string, progressScore: number) {
    return client.query(
      `insert into qi_project (code, title, team, aim, started_on, status, progress_score)
       values ($1, 'Constraint project', 'QI team', 'Raise uptake', '2020-01-01', 'testing', $2) returning id`,
      [code, progressScore],
    );
  }

  describe('outcome measurements', () => {
    it('accept a SWEMWBS score whose items are in range and add up to it', async () => {
      const { rowCount } = await insertOutcome('swemwbs', 'baseline', 21, SWEMWBS_ITEMS);
      expect(rowCount).toBe(1);
    });

    it('refuse a SWEMWBS score of 36', async () => {
      await expect(insertOutcome('swemwbs', 'end', 36, null)).rejects.toMatchObject({ code: CHECK, constraint: 'outcome_measurement_check' });
    });

    it('refuse a GSE score of 9', async () => {
      await expect(insertOutcome('gse', 'end', 9, null)).rejects.toMatchObject({ code: CHECK, constraint: 'outcome_measurement_check' });
    });

    it('refuse six SWEMWBS items', async () => {
      await expect(insertOutcome('swemwbs', 'end', 18, [3, 3, 3, 3, 3, 3])).rejects.toMatchObject({ code: CHECK, constraint: 'outcome_measurement_check1' });
    });

    it('refuse a SWEMWBS item of 6', async () => {
      await expect(insertOutcome('swemwbs', 'end', 24, [6, 3, 3, 3, 3, 3, 3])).rejects.toMatchObject({ code: CHECK, constraint: 'outcome_measurement_check1' });
    });

    it('refuse a blank SWEMWBS item', async () => {
      await expect(insertOutcome('swemwbs', 'end', 18, [null, 3, 3, 3, 3, 3, 3] as number[])).rejects.toMatchObject({
        code: CHECK,
        constraint: 'outcome_measurement_check1',
      });
    });

    it('refuse items that do not add up to the score', async () => {
      await expect(insertOutcome('gse', 'end', 31, GSE_ITEMS)).rejects.toMatchObject({ code: CHECK, constraint: 'outcome_measurement_check1' });
    });

    it('refuse a PHQ-9 score of 4.5, PHQ-9 being scored in whole numbers', async () => {
      await expect(insertOutcome('phq9', 'end', 4.5, null)).rejects.toMatchObject({ code: CHECK, constraint: 'outcome_measurement_check' });
    });

    it('hold a new instrument to the range in its own row, with no constraint to change', async () => {
      await client.query('begin');
      try {
        await client.query(`insert into instrument (code, name, min_score, max_score, whole_numbers, higher_is_better)
          values ('sleep_hours', 'Hours of sleep', 0, 24, false, true)`);
        expect((await insertOutcome('sleep_hours', 'baseline', 7.5, null)).rowCount).toBe(1);
        await expect(insertOutcome('sleep_hours', 'end', 25, null)).rejects.toMatchObject({ code: CHECK, constraint: 'outcome_measurement_check' });
      } finally {
        await client.query('rollback');
      }
    });
  });

  describe('referrals', () => {
    it('accept a completed referral with its start and end dates', async () => {
      const { rowCount } = await insertReferral({
        status: 'completed',
        received_on: '2019-02-01',
        started_on: '2019-02-10',
        ended_on: '2019-05-05',
      });
      expect(rowCount).toBe(1);
    });

    it("refuse status 'completed' with no started_on", async () => {
      await expect(insertReferral({ status: 'completed', received_on: '2019-02-01', ended_on: '2019-05-05' })).rejects.toMatchObject({
        code: CHECK,
        constraint: 'referral_check3',
      });
    });

    it('refuse a started_on before received_on', async () => {
      await expect(insertReferral({ status: 'started', received_on: '2019-02-01', started_on: '2019-01-31' })).rejects.toMatchObject({
        code: CHECK,
        constraint: 'referral_check1',
      });
    });
  });

  describe('people', () => {
    it('accept a person with a known ethnic code', async () => {
      const { rowCount } = await insertPerson(pseudonym('d'), '99');
      expect(rowCount).toBe(1);
    });

    it('refuse an unknown ethnic code', async () => {
      await expect(insertPerson(pseudonym('e'), 'X')).rejects.toMatchObject({ code: FOREIGN_KEY, constraint: 'person_ethnic_code_fkey' });
    });

    it.each([
      ['upper-case hex', 'C'.repeat(64)],
      ['63 characters', 'c'.repeat(63)],
      ['65 characters', 'c'.repeat(65)],
      ['a letter past f', 'c'.repeat(63) + 'g'],
      ['a space', 'c'.repeat(32) + ' ' + 'c'.repeat(31)],
      ['an NHS number', '9434765919'],
    ])('refuse a pseudonym that is not 64 lower-case hex digits: %s', async (_, hash) => {
      await expect(insertPerson(hash, 'A')).rejects.toMatchObject({ code: CHECK, constraint: 'person_pseudonym_check' });
    });

    it('refuse a pseudonym that is already stored', async () => {
      await expect(insertPerson(pseudonym('c'), 'B')).rejects.toMatchObject({ code: UNIQUE, constraint: 'person_pseudonym_key' });
    });
  });

  describe('QI projects', () => {
    it('accept progress scores of 0.5 and 5.0', async () => {
      expect((await insertProject('cx-lowest', 0.5)).rowCount).toBe(1);
      expect((await insertProject('cx-highest', 5.0)).rowCount).toBe(1);
    });

    it.each([5.5, 1.3])('refuse a progress score of %s', async (score) => {
      await expect(insertProject(`cx-score-${String(score).replace('.', '-')}`, score)).rejects.toMatchObject({
        code: CHECK,
        constraint: 'qi_project_progress_score_check',
      });
    });

    it('refuse an unknown involvement level', async () => {
      const insertInvolvement = (level: string) =>
        client.query(`insert into qi_project_involvement (project_id, effective_on, level) values ($1, '2020-01-01', $2)`, [projectId, level]);
      await expect(insertInvolvement('medium')).rejects.toMatchObject({ code: CHECK, constraint: 'qi_project_involvement_level_check' });
      expect((await insertInvolvement('big_i')).rowCount).toBe(1);
    });
  });

  describe('population', () => {
    const insertCell = (residents: number) =>
      client.query(
        `insert into population (year, ward_code, ethnic_code, age_band, sex, residents)
       values (2021, 'CX01', 'J', '25-34', 'female', $1)`,
        [residents],
      );

    it('refuses negative residents', async () => {
      await expect(insertCell(-1)).rejects.toMatchObject({ code: CHECK, constraint: 'population_residents_check' });
    });

    it('accepts a cell of zero residents', async () => {
      expect((await insertCell(0)).rowCount).toBe(1);
    });
  });
});
