import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The repository explains its own methods in docs/methods.md, and code, schema descriptions,
// dashboard text and tests cite it by section: `docs/methods.md, "Uptake gaps"`. These tests
// keep it that way: no citation of the team's outside brief, and no citation of a section the
// document does not have.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const METHODS = join(ROOT, 'docs/methods.md');
const SOURCE_ROOTS = ['apps', 'packages', 'seed', 'tests', 'schema'];
const SOURCE_FILE = /\.(ts|js|mjs|svelte|graphql|sql)$/;
const SKIPPED_FOLDERS = new Set(['node_modules', '.svelte-kit', 'build', 'dist', 'coverage', '.turbo']);

/** Released migrations are never edited, so their comments keep the citations they shipped with. */
const NOT_YET_CONVERTED = ['packages/db/src/migrations/Migration'];

// Spelled in two parts so that this file does not cite the brief itself.
const BRIEF_CITATION = new RegExp(`\\b${'DOM'}${'AIN'}\\b`);
const METHODS_CITATION = /docs\/methods\.md, "([^"]+)"/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : sourceFiles(join(dir, entry.name));
    return SOURCE_FILE.test(entry.name) ? [join(dir, entry.name)] : [];
  });
}

const files = SOURCE_ROOTS.flatMap((root) => sourceFiles(join(ROOT, root))).map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

function headings(markdown: string): Set<string> {
  return new Set(markdown.split('\n').flatMap((line) => /^#{1,6}\s+(.+?)\s*$/.exec(line)?.[1] ?? []));
}

describe('docs/methods.md citations', () => {
  it('finds the source files to check', () => {
    expect(files.map((file) => file.path)).toEqual(
      expect.arrayContaining(['apps/api/src/schema.build.ts', 'packages/analytics/src/index.ts', 'schema/schema.graphql']),
    );
  });

  it('leave no file outside the excluded folders citing the outside brief', () => {
    const citing = files
      .filter((file) => !NOT_YET_CONVERTED.some((folder) => file.path.startsWith(folder)))
      .flatMap((file) => file.text.split('\n').flatMap((line, i) => (BRIEF_CITATION.test(line) ? [`${file.path}:${i + 1}`] : [])));
    expect(citing).toEqual([]);
  });

  it('name only sections that docs/methods.md has', () => {
    const sections = headings(readFileSync(METHODS, 'utf8'));
    const cited = files.flatMap((file) => [...file.text.matchAll(METHODS_CITATION)].map((match) => ({ file: file.path, section: match[1] })));
    expect(cited.length).toBeGreaterThan(50);
    expect(cited.filter(({ section }) => !sections.has(section))).toEqual([]);
  });

  it('would catch a citation of a section the document lacks', () => {
    const sections = headings('# Methods\n\n## Uptake gaps\n');
    const cite = (section: string) => `(docs/methods.md, ${JSON.stringify(section)})`;
    const cited = [...`${cite('Uptake gaps')} ${cite('Uptake gap')}`.matchAll(METHODS_CITATION)].map((match) => match[1]);
    expect(cited.filter((section) => !sections.has(section))).toEqual(['Uptake gap']);
  });

  it('keep the headings code points at', () => {
    const sections = headings(readFileSync(METHODS, 'utf8'));
    for (const section of [
      'The service and its vocabulary',
      'Codes',
      'Outcome instruments and scoring',
      'Outcome headlines',
      'Confidence intervals and comparison',
      'Uptake gaps',
      'SPC (Making Data Count)',
      'Contract KPIs and RAG',
      'Disclosure control',
      'Access and audit',
      'The synthetic town',
      'Known differences',
    ]) {
      expect(sections, section).toContain(section);
    }
  });
});
