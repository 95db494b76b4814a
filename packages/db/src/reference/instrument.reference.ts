// The instrument tables follow the analytics instrument catalogue, the one source of each
// instrument's range and rules (docs/methods.md, "Where the instrument rules live"). `migrate`
// runs this after every migration, so adding an instrument to the catalogue reaches the
// database, the range checks and the rollups with no second change.
import { INSTRUMENT_CODES, instruments, type Instrument } from '@hub/analytics';

const instrumentRow = (instrument: Instrument) => ({
  code: instrument.code,
  name: instrument.name,
  min_score: instrument.min,
  max_score: instrument.ceiling,
  item_count: instrument.items?.count ?? null,
  item_min: instrument.items?.min ?? null,
  item_max: instrument.items?.max ?? null,
  whole_numbers: instrument.wholeNumbers,
  higher_is_better: instrument.higherIsBetter,
  meaningful_change: instrument.meaningfulChange,
  meaningful_bands: instrument.meaningfulBands,
  threshold_value: instrument.threshold?.value ?? null,
  threshold_comparison: instrument.threshold?.comparison ?? null,
});

const conversionRows = (instrument: Instrument) =>
  Object.entries(instrument.conversion?.valueByScore ?? {}).map(([score, value]) => ({ instrument_code: instrument.code, score: Number(score), value }));

const jsonLiteral = (rows: readonly object[]): string => `'${JSON.stringify(rows).replaceAll("'", "''")}'::json`;

/** Inserts new instruments, updates changed ones and replaces the conversion tables; safe to run again. */
export function instrumentReferenceSql(): string {
  const catalogue = INSTRUMENT_CODES.map((code) => instruments[code]);
  const columns = Object.keys(instrumentRow(catalogue[0]));
  const updates = columns.filter((column) => column !== 'code').map((column) => `${column} = excluded.${column}`);
  return `
insert into instrument (${columns.join(', ')})
select ${columns.join(', ')} from json_populate_recordset(null::instrument, ${jsonLiteral(catalogue.map(instrumentRow))})
on conflict (code) do update set ${updates.join(', ')};
delete from instrument_score_conversion;
insert into instrument_score_conversion (instrument_code, score, value)
select instrument_code, score, value
from json_populate_recordset(null::instrument_score_conversion, ${jsonLiteral(catalogue.flatMap(conversionRows))});`;
}
