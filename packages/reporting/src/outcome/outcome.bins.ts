// Histogram bins of each instrument, on the scale outcome_pair compares (SWEMWBS metric), from the
// edges in the analytics instrument catalogue. Bin i runs from edges[i] up to edges[i + 1]; the last
// bin includes its upper edge.
import { getInstrument, INSTRUMENT_CODES, type InstrumentCode } from '@hub/analytics';

export interface BinScheme {
  edges: readonly number[];
  /** Minutes, visits, portions and ppm have no top: the last bin also holds everything above it. */
  openEnded: boolean;
}

function binScheme(code: InstrumentCode): BinScheme {
  const { histogramEdges, max } = getInstrument(code);
  return { edges: histogramEdges, openEnded: max === null };
}

export const OUTCOME_BINS: Readonly<Record<InstrumentCode, BinScheme>> = Object.fromEntries(INSTRUMENT_CODES.map((code) => [code, binScheme(code)])) as Record<
  InstrumentCode,
  BinScheme
>;
