/** Natural keys seen so far in one file: a second row with the same key is a duplicate of the first. */
export class DuplicateCheck {
  private readonly firstRow = new Map<string, number>();

  /** The row that already had this key, or null (and the key is remembered) when it is new. */
  seen(key: string, rowNumber: number): number | null {
    const first = this.firstRow.get(key);
    if (first !== undefined) return first;
    this.firstRow.set(key, rowNumber);
    return null;
  }
}
