import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = join(import.meta.dirname, '..');

/**
 * Reporting functions that read the database take a SqlRunner and a filter. Called directly,
 * they would skip the scope that the request's `reporting` (access/reporting.scope.ts) applies,
 * so the API may import only types and pure helpers from @hub/reporting.
 */
const PURE_HELPERS = new Set([
  'createReporting',
  'mikroOrmRunner',
  // Wraps a pg connection; the change feed reads only the data version through it.
  'pgRunner',
  // Names a statement from its text; reads nothing.
  'statementName',
  'outcomeHeadlines',
  // Redraws a KPI's chart from periods the scoped facade already read; it reads nothing itself.
  'kpiChart',
  'OUTCOME_HEADLINE_SPECS',
  'OUTCOME_BINS',
  'OUTCOME_INSTRUMENTS',
  'OUTCOME_GROUP_DIMENSIONS',
  'UPTAKE_DIMENSIONS',
  'SERVICE_SERIES',
  'NOT_KNOWN_KEY',
  'dimensionKey',
  'ReportingInputError',
  'ReportingNotFoundError',
  'UnknownAggregateTermError',
  'DEFAULT_DISCLOSURE',
  'SUPPRESSED',
  'SUPPRESSED_MEAN',
  'discloseCount',
  'discloseSummary',
  'discloseProportion',
  'resolvePolicy',
  'NUMERATOR_WITHHELD',
  'DENOMINATOR_WITHHELD',
  'COMPLEMENT_WITHHELD',
  'totalsNote',
  // Checks of a ReferralFilter for record lists, which read nothing.
  'checkOpenPeriod',
  'resolveFilter',
  // These read the database, but only names and dates, never a figure: the labels of
  // programmes and wards, and the last month with data.
  'aggregateLabels',
  'closeOpenPeriod',
]);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !path.includes(`${join('src', 'testing')}`) ? [path] : [];
  });
}

function valueImportsFromReporting(source: string): string[] {
  const imports = [...source.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@hub\/reporting'/g)];
  return imports
    .filter((match) => !match[1])
    .flatMap((match) => match[2]!.split(','))
    .map((name) => name.trim())
    .filter((name) => name && !name.startsWith('type '))
    .map((name) => name.split(/\s+as\s+/)[0]!);
}

describe('the access boundary', () => {
  it("lets the API read reporting only through the request's scoped facade", () => {
    const offending = sourceFiles(SOURCE).flatMap((file) =>
      valueImportsFromReporting(readFileSync(file, 'utf8'))
        .filter((name) => !PURE_HELPERS.has(name))
        .map((name) => `${relative(SOURCE, file)}: ${name}`),
    );
    expect(offending).toEqual([]);
  });

  it('builds the facade in one place, where the scope wraps it', () => {
    const builders = sourceFiles(SOURCE).filter((file) => /createReporting\(/.test(readFileSync(file, 'utf8')));
    expect(builders.map((file) => relative(SOURCE, file)).sort()).toEqual(['context/hub.context.ts']);
  });
});
