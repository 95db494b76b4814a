/** Where one row of a file ended: exactly one of these, so the four counts add up to the rows read. */
export type RowOutcome = 'inserted' | 'updated' | 'unchanged' | { quarantined: string[] };

/** A checked row on its way to the database, with its number in the file. */
export interface Numbered<T> {
  rowNumber: number;
  record: T;
}

/** What an import's writes did beyond the rows themselves, gathered batch by batch for the rollups' catch-up. */
export interface LoadEffects {
  /** A referral with outcome measurements, or its person, was changed: the outcome rollups must be rebuilt. */
  outcomesTouched: boolean;
}
