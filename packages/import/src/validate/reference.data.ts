/** The hub's own codes a row is checked against, read once per import (load/reference.reader.ts). */
export interface ReferenceData {
  /** By the spelling key of a programme's code and of its name. */
  programmes: ReadonlyMap<string, { id: number; code: string; serviceId: number }>;
  /** By the spelling key of a service's code and of its name. */
  services: ReadonlyMap<string, { id: number; code: string }>;
  /** By the spelling key of a ward's code and of its name. */
  wards: ReadonlyMap<string, { code: string; deprivationDecile: number | null }>;
  /** The programmes the importing account may write to; null when its role reaches every one. */
  allowedProgrammeIds: ReadonlySet<number> | null;
  /** Today, as YYYY-MM-DD: nothing may be dated after it. */
  today: string;
}
