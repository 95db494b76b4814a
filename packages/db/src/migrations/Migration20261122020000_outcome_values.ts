import { Migration } from '@mikro-orm/migrations';

/**
 * Before and after values of the outcome pairs, counted per instrument, month and programme, so
 * the Outcomes page's distributions read a few hundred thousand summary rows instead of every
 * pair twice. Only the whole-population slice is kept (dimension 'all', the same slice key as
 * outcome_month): a demographic filter is rarer and reads outcome_pair itself.
 */
export class Migration20261122020000_outcome_values extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create materialized view outcome_value_month as
select
  'all'::text as dimension,
  o.instrument_code,
  o.received_month,
  o.started_month,
  o.programme_id,
  o.service_id,
  v.side,
  -- Not 'value': in the summaries that column holds the slice's group key.
  v.measured_value,
  count(*)::int as pairs
from outcome_pair o
cross join lateral (values ('before', o.baseline_value), ('after', o.later_value)) as v(side, measured_value)
where o.later_value is not null
group by o.instrument_code, o.received_month, o.started_month, o.programme_id, o.service_id, v.side, v.measured_value
with data;

create unique index outcome_value_month_key_idx
  on outcome_value_month(instrument_code, received_month, started_month, programme_id, service_id, side, measured_value);

-- Without statistics the planner expects a handful of rows and sorts half a million on disk.
analyze outcome_value_month;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop materialized view if exists outcome_value_month;`);
  }
}
