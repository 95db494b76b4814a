/**
 * PostgreSQL COPY text format: tab-separated, \N for null, backslash escapes. Arrays use the
 * `{a,b}` literal, which needs no escaping for the plain words and numbers we write.
 */
export const NULL = '\\N';

export function copyText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (character) => (character === '\\' ? '\\\\' : character === '\t' ? '\\t' : character === '\n' ? '\\n' : '\\r'));
}

export function copyArray(values: readonly (number | string)[]): string {
  return `{${values.join(',')}}`;
}

/** The conditions the schema allows, in its order; a person's set is kept as a bit mask. */
const CONDITIONS = ['cancer', 'stroke', 'mental_health', 'cardiovascular', 'neurological', 'respiratory', 'diabetes', 'msk'] as const;
export type Condition = (typeof CONDITIONS)[number];
export const conditionBit = (condition: Condition): number => 1 << CONDITIONS.indexOf(condition);

/** All 256 sets written out once, because millions of rows reuse them. */
const CONDITION_ARRAYS: readonly string[] = Array.from({ length: 256 }, (_, mask) => copyArray(CONDITIONS.filter((_, bit) => mask & (1 << bit))));

export function conditionArray(mask: number): string {
  return CONDITION_ARRAYS[mask & 255];
}
