/** One person's paired measurement: baseline and a later timepoint. */
export interface Pair {
  before: number;
  after: number;
}
