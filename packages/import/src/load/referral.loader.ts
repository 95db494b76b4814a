import { CONDITIONS, type Condition } from '@hub/db';
import type { ReferralRecord } from '../validate/referral.validate.js';
import type { Numbered, RowOutcome } from './row.outcome.js';
import { rowsOf, type BatchStatement, type ImportClient } from './sql.client.js';

interface PersonState {
  id: number | null;
  birthYear: number;
  sex: string;
  ethnicCode: string;
  wardCode: string | null;
  deprivationDecile: number | null;
  conditions: Condition[];
}

interface StoredReferral {
  id: number;
  service_id: number;
  external_id: string;
  person_id: number;
  pseudonym: string;
  programme_id: number;
  source_code: string;
  received_on: string;
  status: string;
  assessed_on: string | null;
  started_on: string | null;
  ended_on: string | null;
  conditions: Condition[];
}

const referralKey = (serviceId: number, externalId: string): string => `${serviceId}\u0000${externalId}`;

/**
 * Writes one batch of checked referral rows: the person found by pseudonym (created or brought
 * up to date), the referral found by the service's own identifier (created, updated or left
 * alone), and the status history that follows from its dates. Returns where each row ended.
 */
export async function loadReferrals(client: ImportClient, batch: readonly Numbered<ReferralRecord>[]): Promise<RowOutcome[]> {
  const people = await storedPeople(client, [...new Set(batch.map((row) => row.record.pseudonym))]);
  const referrals = await storedReferrals(client, batch);
  const changedPeople = new Set<string>();
  const outcomes: RowOutcome[] = [];
  const inserts: ReferralRecord[] = [];
  const updates: (ReferralRecord & { id: number })[] = [];
  for (const { record } of batch) {
    const person = people.get(record.pseudonym);
    const wanted: PersonState = {
      id: person?.id ?? null,
      birthYear: record.birthYear,
      sex: record.sex,
      ethnicCode: record.ethnicCode,
      wardCode: record.wardCode,
      deprivationDecile: record.deprivationDecile,
      // A person's conditions gather those of all their referrals.
      conditions: CONDITIONS.filter((condition) => record.conditions.includes(condition) || person?.conditions.includes(condition)),
    };
    const personChanged = !person || !samePerson(person, wanted);
    if (personChanged) {
      people.set(record.pseudonym, wanted);
      changedPeople.add(record.pseudonym);
    }
    const stored = referrals.get(referralKey(record.serviceId, record.externalId));
    if (!stored) {
      inserts.push(record);
      outcomes.push('inserted');
    } else if (!sameReferral(stored, record)) {
      updates.push({ ...record, id: stored.id });
      outcomes.push('updated');
    } else outcomes.push(personChanged ? 'updated' : 'unchanged');
  }
  const personIds = await writePeople(client, people, changedPeople);
  await insertReferrals(client, inserts, personIds);
  await updateReferrals(client, updates, personIds);
  return outcomes;
}

const STORED_PEOPLE: BatchStatement = {
  name: 'import-referrals-stored-people',
  text: `select id::int, pseudonym, birth_year, sex, ethnic_code, ward_code, deprivation_decile, conditions from person where pseudonym = any($1::text[])`,
};

async function storedPeople(client: ImportClient, pseudonyms: string[]): Promise<Map<string, PersonState>> {
  const rows = await rowsOf<{
    id: number;
    pseudonym: string;
    birth_year: number;
    sex: string;
    ethnic_code: string;
    ward_code: string | null;
    deprivation_decile: number | null;
    conditions: Condition[];
  }>(client, STORED_PEOPLE, [pseudonyms]);
  return new Map(
    rows.map((row) => [
      row.pseudonym,
      {
        id: row.id,
        birthYear: row.birth_year,
        sex: row.sex,
        ethnicCode: row.ethnic_code,
        wardCode: row.ward_code,
        deprivationDecile: row.deprivation_decile,
        conditions: row.conditions,
      },
    ]),
  );
}

const STORED_REFERRALS: BatchStatement = {
  name: 'import-referrals-stored-referrals',
  text: `select r.id::int, r.external_service_id as service_id, r.external_id, r.person_id::int, p.pseudonym, r.programme_id, r.source_code,
            r.received_on::text, r.status, r.assessed_on::text, r.started_on::text, r.ended_on::text, r.conditions
       from unnest($1::int[], $2::text[]) as k(service_id, external_id)
       join referral r on r.external_service_id = k.service_id and r.external_id = k.external_id
       join person p on p.id = r.person_id`,
};

async function storedReferrals(client: ImportClient, batch: readonly Numbered<ReferralRecord>[]): Promise<Map<string, StoredReferral>> {
  const rows = await rowsOf<StoredReferral>(client, STORED_REFERRALS, [batch.map((row) => row.record.serviceId), batch.map((row) => row.record.externalId)]);
  return new Map(rows.map((row) => [referralKey(row.service_id, row.external_id), row]));
}

function samePerson(stored: PersonState, wanted: PersonState): boolean {
  return (
    stored.birthYear === wanted.birthYear &&
    stored.sex === wanted.sex &&
    stored.ethnicCode === wanted.ethnicCode &&
    stored.wardCode === wanted.wardCode &&
    stored.deprivationDecile === wanted.deprivationDecile &&
    stored.conditions.join() === wanted.conditions.join()
  );
}

function sameReferral(stored: StoredReferral, record: ReferralRecord): boolean {
  return (
    stored.pseudonym === record.pseudonym &&
    stored.programme_id === record.programmeId &&
    stored.source_code === record.sourceCode &&
    stored.received_on === record.receivedOn &&
    stored.status === record.status &&
    stored.assessed_on === record.assessedOn &&
    stored.started_on === record.startedOn &&
    stored.ended_on === record.endedOn &&
    stored.conditions.join() === record.conditions.join()
  );
}

const sqlArray = (values: readonly string[]): string => `{${values.join(',')}}`;

const INSERT_PEOPLE: BatchStatement = {
  name: 'import-referrals-insert-people',
  text: `insert into person (pseudonym, birth_year, sex, ethnic_code, ward_code, deprivation_decile, conditions)
       select pseudonym, birth_year, sex, ethnic_code, ward_code, deprivation_decile, conditions::text[]
         from unnest($1::text[], $2::smallint[], $3::text[], $4::text[], $5::text[], $6::smallint[], $7::text[])
         as u(pseudonym, birth_year, sex, ethnic_code, ward_code, deprivation_decile, conditions)
       returning id::int, pseudonym`,
};

/** Creates the new people and updates the changed ones; returns every person's id by pseudonym. */
async function writePeople(client: ImportClient, people: Map<string, PersonState>, changed: ReadonlySet<string>): Promise<Map<string, number>> {
  const fresh = [...changed].filter((pseudonym) => people.get(pseudonym)!.id === null);
  const altered = [...changed].filter((pseudonym) => people.get(pseudonym)!.id !== null);
  const columns = (pseudonyms: string[]) => {
    const states = pseudonyms.map((pseudonym) => people.get(pseudonym)!);
    return [
      pseudonyms,
      states.map((state) => state.birthYear),
      states.map((state) => state.sex),
      states.map((state) => state.ethnicCode),
      states.map((state) => state.wardCode),
      states.map((state) => state.deprivationDecile),
      states.map((state) => sqlArray(state.conditions)),
    ];
  };
  if (fresh.length > 0) {
    const created = await rowsOf<{ id: number; pseudonym: string }>(client, INSERT_PEOPLE, columns(fresh));
    for (const row of created) people.get(row.pseudonym)!.id = row.id;
  }
  if (altered.length > 0) {
    await client.query(
      `update person p set birth_year = u.birth_year, sex = u.sex, ethnic_code = u.ethnic_code, ward_code = u.ward_code,
              deprivation_decile = u.deprivation_decile, conditions = u.conditions::text[]
         from unnest($1::text[], $2::smallint[], $3::text[], $4::text[], $5::text[], $6::smallint[], $7::text[])
           as u(pseudonym, birth_year, sex, ethnic_code, ward_code, deprivation_decile, conditions)
        where p.pseudonym = u.pseudonym`,
      columns(altered),
    );
  }
  return new Map([...people].map(([pseudonym, state]) => [pseudonym, state.id!]));
}

function referralColumns(records: readonly ReferralRecord[], personIds: ReadonlyMap<string, number>): unknown[] {
  return [
    records.map((record) => personIds.get(record.pseudonym)),
    records.map((record) => record.programmeId),
    records.map((record) => record.sourceCode),
    records.map((record) => record.receivedOn),
    records.map((record) => sqlArray(record.conditions)),
    records.map((record) => record.status),
    records.map((record) => record.assessedOn),
    records.map((record) => record.startedOn),
    records.map((record) => record.endedOn),
    records.map((record) => record.externalId),
    records.map((record) => record.serviceId),
  ];
}

const REFERRAL_UNNEST = `unnest($1::bigint[], $2::int[], $3::text[], $4::date[], $5::text[], $6::text[], $7::date[], $8::date[], $9::date[], $10::text[], $11::int[])
  as u(person_id, programme_id, source_code, received_on, conditions, status, assessed_on, started_on, ended_on, external_id, service_id)`;

/** Each step's date as a status event, as the seed writes them: received, assessed, started, and the end under the status it ended with. */
const STATUS_STEPS = (referral: string) =>
  `values ('received', ${referral}.received_on), ('assessed', ${referral}.assessed_on), ('started', ${referral}.started_on), (${referral}.status, ${referral}.ended_on)`;

// The new referrals and their status history in one statement: the history is read from the rows
// as they are inserted rather than looked up again by id.
const INSERT_REFERRALS: BatchStatement = {
  name: 'import-referrals-insert-referrals',
  text: `with created as (
       insert into referral (person_id, programme_id, source_code, received_on, conditions, status, assessed_on, started_on, ended_on, external_id, external_service_id)
       select person_id, programme_id, source_code, received_on, conditions::text[], status, assessed_on, started_on, ended_on, external_id, service_id from ${REFERRAL_UNNEST}
       returning id, received_on, assessed_on, started_on, status, ended_on
     )
     insert into referral_status_event (referral_id, status, occurred_on)
     select c.id, step.status, step.occurred_on from created c
     cross join lateral (${STATUS_STEPS('c')}) as step(status, occurred_on)
     where step.occurred_on is not null`,
};

async function insertReferrals(client: ImportClient, records: readonly ReferralRecord[], personIds: ReadonlyMap<string, number>): Promise<void> {
  if (records.length === 0) return;
  await rowsOf(client, INSERT_REFERRALS, referralColumns(records, personIds));
}

async function updateReferrals(
  client: ImportClient,
  records: readonly (ReferralRecord & { id: number })[],
  personIds: ReadonlyMap<string, number>,
): Promise<void> {
  if (records.length === 0) return;
  await client.query(
    `update referral r set person_id = u.person_id, programme_id = u.programme_id, source_code = u.source_code, received_on = u.received_on,
            conditions = u.conditions::text[], status = u.status, assessed_on = u.assessed_on, started_on = u.started_on, ended_on = u.ended_on
       from ${REFERRAL_UNNEST}
      where r.external_service_id = u.service_id and r.external_id = u.external_id`,
    referralColumns(records, personIds),
  );
  const ids = records.map((record) => record.id);
  await client.query(`delete from referral_status_event where referral_id = any($1::bigint[])`, [ids]);
  await writeStatusHistory(client, ids);
}

async function writeStatusHistory(client: ImportClient, referralIds: readonly number[]): Promise<void> {
  await client.query(
    `insert into referral_status_event (referral_id, status, occurred_on)
     select r.id, step.status, step.occurred_on from referral r
     cross join lateral (${STATUS_STEPS('r')}) as step(status, occurred_on)
     where r.id = any($1::bigint[]) and step.occurred_on is not null`,
    [referralIds],
  );
}
