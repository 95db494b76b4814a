/**
 * Collects parameter values while a statement is composed, so that values only ever reach the
 * database as $n parameters and never as SQL text.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  /** The placeholder for a value, with an optional cast such as 'text[]'. */
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    const placeholder = `$${this.values.length}`;
    return cast ? `${placeholder}::${cast}` : placeholder;
  }
}
