/** Where one row of a file ended: exactly one of these, so the four counts add up to the rows read. */
export type RowOutcome = 'inserted' | 'updated' | 'unchanged' | { quarantined: string[] };

/** A checked row on its way to the database, with its number in the file. */
export interface Numbered<T> {
  rowNumber: number;
  record: T;
}
