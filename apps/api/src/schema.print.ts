import { lexicographicSortSchema, printSchema } from 'graphql';
import { fileURLToPath } from 'node:url';
import { buildHubSchema } from './schema.build.js';

/** Where the committed schema lives: the contract the dashboard's queries are checked against. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));

const HEADER = '# Wellbeing Hub GraphQL schema, generated from apps/api by `npm run schema`. Do not edit by hand.\n\n';

/** The schema as SDL, sorted so that moving code around never changes the file. */
export function printHubSchema(): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(buildHubSchema()))}\n`;
}
