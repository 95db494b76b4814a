/** One row of a file as read: its 1-based number (the header is row 1) and its cells as text. */
export interface RawRow {
  rowNumber: number;
  cells: string[];
}
