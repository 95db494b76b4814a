/**
 * A file the import refuses as a whole, before anything is kept: the message is the one line a
 * user reads, naming what is wrong and how to fix it. It never carries a cell's value that
 * could be an NHS number.
 */
export class ImportRefusedError extends Error {
  override name = 'ImportRefusedError';
}
