// Histogram bins of each instrument, on the scale outcome_pair compares (SWEMWBS metric).
// Bin i runs from edges[i] up to edges[i + 1]; the last bin includes its upper edge. Edges sit
// on the published bands where there are some (activity 30/150 minutes, PHQ-9 and GAD-7
// severity, 5 a day), so the bars read in the instrument's own terms.
import type { InstrumentCode } from '@hub/analytics';

export interface BinScheme {
  edges: readonly number[];
  /** Minutes, visits, portions and ppm have no top: the last bin also holds everything above it. */
  openEnded: boolean;
}

const closed = (...edges: number[]): BinScheme => ({ edges, openEnded: false });
const open = (...edges: number[]): BinScheme => ({ edges, openEnded: true });

export const OUTCOME_BINS: Readonly<Record<InstrumentCode, BinScheme>> = {
  swemwbs: closed(7, 11, 15, 19, 23, 27, 31, 35),
  wemwbs: closed(14, 21, 28, 35, 42, 49, 56, 63, 70),
  gse: closed(10, 15, 20, 25, 30, 35, 40),
  activity: open(0, 30, 60, 90, 120, 150, 210, 300, 420, 600),
  gp_ae_visits: open(0, 1, 2, 3, 4, 5, 6, 8, 10, 15),
  fruit_veg: open(0, 1, 2, 3, 4, 5, 6, 7, 8, 10),
  ons4_life: closed(0, 2, 4, 6, 8, 10),
  ons4_worthwhile: closed(0, 2, 4, 6, 8, 10),
  ons4_happy: closed(0, 2, 4, 6, 8, 10),
  ons4_anxiety: closed(0, 2, 4, 6, 8, 10),
  phq9: closed(0, 5, 10, 15, 20, 27),
  gad7: closed(0, 5, 10, 15, 21),
  co_ppm: open(0, 5, 10, 15, 20, 30, 50),
};
