import { selectList, type RowFields } from '../common/row.fields.js';
import { SqlConditions, type SqlClient } from '../common/sql.client.js';
import type { ProgrammeFilter, VenueFilter } from './programme.input.js';

export interface ServiceRow {
  id: string;
  code: string;
  name: string;
  description: string;
  provider_id: string;
}
export interface ProgrammeRow {
  id: string;
  code: string;
  name: string;
  description: string;
  service_id: string;
  duration_weeks: number;
  sessions_per_week: number;
  fee_pence: number;
  opened_on: string;
  closed_on: string | null;
}
export interface VenueRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  ward_code: string;
}
export interface ProgrammeVenueRow extends VenueRow {
  programme_id: string;
}
export interface VenueProgrammeRow extends ProgrammeRow {
  venue_id: string;
}

/** A programme's columns, as a programme read through the table aliased `alias`. */
export const programmeFields = (alias: string): RowFields => [
  ['id', `${alias}.id::text`],
  ['service_id', `${alias}.service_id::text`],
  ...['code', 'name', 'description', 'duration_weeks', 'sessions_per_week', 'fee_pence', 'opened_on', 'closed_on'].map(
    (name) => [name, `${alias}.${name}`] as const,
  ),
];
const PROGRAMME_COLUMNS = selectList(programmeFields('p'));
const VENUE_COLUMNS = 'v.id::text as id, v.code, v.name, v.kind, v.ward_code';

/** Queries for services, their programmes and the venues they run at. */
export class ProgrammeRepository {
  constructor(private readonly sql: SqlClient) {}

  services(filter: { ids?: readonly string[]; providerIds?: readonly string[] }): Promise<ServiceRow[]> {
    const where = new SqlConditions()
      .when(filter.ids, 'id = any(?::int[])', filter.ids)
      .when(filter.providerIds, 'provider_id = any(?::int[])', filter.providerIds);
    return this.sql.rows(
      `select id::text as id, code, name, description, provider_id::text as provider_id from service ${where.toWhere()} order by name`,
      where.params,
    );
  }

  programmes(filter: ProgrammeFilter & { ids?: readonly string[] }): Promise<ProgrammeRow[]> {
    const where = new SqlConditions()
      .when(filter.ids, 'p.id = any(?::int[])', filter.ids)
      .when(filter.serviceIds, 'p.service_id = any(?::int[])', filter.serviceIds)
      .when(filter.open, '(p.closed_on is null or p.closed_on > current_date) = ?', filter.open);
    return this.sql.rows(`select ${PROGRAMME_COLUMNS} from programme p ${where.toWhere()} order by p.name`, where.params);
  }

  venues(filter: VenueFilter & { ids?: readonly string[] }): Promise<VenueRow[]> {
    const where = new SqlConditions()
      .when(filter.ids, 'v.id = any(?::int[])', filter.ids)
      .when(filter.wardCodes, 'v.ward_code = any(?)', filter.wardCodes)
      .when(filter.programmeIds, 'v.id in (select venue_id from programme_venue where programme_id = any(?::int[]))', filter.programmeIds);
    return this.sql.rows(`select ${VENUE_COLUMNS} from venue v ${where.toWhere()} order by v.name`, where.params);
  }

  venuesOfProgrammes(programmeIds: readonly string[]): Promise<ProgrammeVenueRow[]> {
    return this.sql.rows(
      `select pv.programme_id::text as programme_id, ${VENUE_COLUMNS}
       from programme_venue pv join venue v on v.id = pv.venue_id
       where pv.programme_id = any(?::int[]) order by v.name`,
      [programmeIds],
    );
  }

  programmesAtVenues(venueIds: readonly string[]): Promise<VenueProgrammeRow[]> {
    return this.sql.rows(
      `select pv.venue_id::text as venue_id, ${PROGRAMME_COLUMNS}
       from programme_venue pv join programme p on p.id = pv.programme_id
       where pv.venue_id = any(?::int[]) order by p.name`,
      [venueIds],
    );
  }
}
