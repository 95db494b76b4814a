import { spellingKey } from '../value/code.spellings.js';
import type { ReferenceData } from '../validate/reference.data.js';
import { rowsOf, type ImportClient } from './sql.client.js';

/** The programmes, services and wards rows are checked against, each found by its code or its name. */
export async function readReferenceData(client: ImportClient, allowedProgrammeIds: ReadonlySet<number> | null, today: string): Promise<ReferenceData> {
  const programmes = await rowsOf<{ id: number; code: string; name: string; service_id: number }>(client, `select id, code, name, service_id from programme`);
  const services = await rowsOf<{ id: number; code: string; name: string }>(client, `select id, code, name from service`);
  const wards = await rowsOf<{ code: string; name: string; deprivation_decile: number | null }>(client, `select code, name, deprivation_decile from ward`);
  return {
    programmes: byCodeAndName(programmes.map((row) => ({ keys: [row.code, row.name], value: { id: row.id, code: row.code, serviceId: row.service_id } }))),
    services: byCodeAndName(services.map((row) => ({ keys: [row.code, row.name], value: { id: row.id, code: row.code } }))),
    wards: byCodeAndName(wards.map((row) => ({ keys: [row.code, row.name], value: { code: row.code, deprivationDecile: row.deprivation_decile } }))),
    allowedProgrammeIds,
    today,
  };
}

function byCodeAndName<T>(entries: { keys: string[]; value: T }[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const { keys, value } of entries) for (const key of keys) map.set(spellingKey(key), value);
  return map;
}
