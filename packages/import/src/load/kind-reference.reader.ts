import { spellingKey } from '../value/code.spellings.js';
import type { QiMeasureRef, QiProjectRef } from '../validate/qi-measure.validate.js';
import { rowsOf, type ImportClient } from './sql.client.js';

/** The venues sessions run at, by the spelling key of each one's code and name. */
export async function readVenues(client: ImportClient): Promise<Map<string, number>> {
  const rows = await rowsOf<{ id: number; code: string; name: string }>(client, `select id, code, name from venue`);
  return new Map(rows.flatMap((row) => [row.code, row.name].map((key): [string, number] => [spellingKey(key), row.id])));
}

/** The census age bands, by the spelling key of their code and of how tables write them ("65 to 74", "85 and over"). */
export async function readAgeBands(client: ImportClient): Promise<Map<string, string>> {
  const rows = await rowsOf<{ code: string; min_age: number; max_age: number | null }>(
    client,
    `select code, min_age, max_age from age_band order by sort_order`,
  );
  const spellings = (row: (typeof rows)[number]) =>
    row.max_age === null
      ? [row.code, `${row.min_age} and over`, `${row.min_age} plus`, `${row.min_age} or over`]
      : [row.code, `${row.min_age} to ${row.max_age}`];
  return new Map(rows.flatMap((row) => spellings(row).map((spelling): [string, string] => [spellingKey(spelling), row.code])));
}

/** QI projects by the spelling key of their code and by their id, each with its measures. */
export async function readQiProjects(client: ImportClient): Promise<Map<string, QiProjectRef>> {
  const projects = await rowsOf<{ id: number; code: string }>(client, `select id, code from qi_project`);
  const measures = await rowsOf<QiMeasureRef & { project_id: number }>(client, `select id, project_id, name, unit, chart from qi_measure`);
  const byKey = new Map<string, QiProjectRef>();
  for (const project of projects) {
    const found: QiProjectRef = { id: project.id, code: project.code, measures: new Map() };
    for (const measure of measures.filter((candidate) => candidate.project_id === project.id)) {
      const ref = { id: measure.id, name: measure.name, unit: measure.unit, chart: measure.chart };
      found.measures.set(spellingKey(measure.name), ref).set(String(measure.id), ref);
    }
    byKey.set(spellingKey(project.code), found).set(String(project.id), found);
  }
  return byKey;
}
