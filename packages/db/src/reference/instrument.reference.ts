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

/**
 * Inserts new instruments, updates changed ones and replaces the conversion tables; safe to run
 * again. It writes only when the tables differ from the catalogue: every write to them marks the
 * outcome rollups as behind the data, and rebuilding those at every start would cost minutes.
 */
export function instrumentReferenceSql(): string {
  const catalogue = INSTRUMENT_CODES.map((code) => instruments[code]);
  const columns = Object.keys(instrumentRow(catalogue[0])).join(', ');
  const updates = Object.keys(instrumentRow(catalogue[0]))
    .filter((column) => column !== 'code')
    .map((column) => `${column} = excluded.${column}`);
  const wanted = `json_populate_recordset(null::instrument, ${jsonLiteral(catalogue.map(instrumentRow))})`;
  const conversions = `json_populate_recordset(null::instrument_score_conversion, ${jsonLiteral(catalogue.flatMap(conversionRows))})`;
  return `
do $sync$
begin
  if exists (select ${columns} from ${wanted} except select ${columns} from instrument) then
    insert into instrument (${columns})
    select ${columns} from ${wanted}
    on conflict (code) do update set ${updates.join(', ')};
  end if;
  if exists (
    (select instrument_code, score, value from ${conversions} except select instrument_code, score, value from instrument_score_conversion)
    union all
    (select instrument_code, score, value from instrument_score_conversion except select instrument_code, score, value from ${conversions})
  ) then
    delete from instrument_score_conversion;
    insert into instrument_score_conversion (instrument_code, score, value) select instrument_code, score, value from ${conversions};
  end if;
end $sync$;`;
}
