import type { ProgrammeRow, ServiceRow, VenueRow } from './programme.repository.js';
import { Programme, Service, Venue, type VenueKind } from './programme.type.js';

export const toService = (row: ServiceRow): Service =>
  Object.assign(new Service(), { id: row.id, code: row.code, name: row.name, description: row.description, providerId: row.provider_id });

export const toProgramme = (row: ProgrammeRow): Programme =>
  Object.assign(new Programme(), {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    durationWeeks: row.duration_weeks,
    sessionsPerWeek: row.sessions_per_week,
    feePence: row.fee_pence,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    serviceId: row.service_id,
  });

export const toVenue = (row: VenueRow): Venue =>
  Object.assign(new Venue(), { id: row.id, code: row.code, name: row.name, kind: row.kind as VenueKind, wardCode: row.ward_code });
