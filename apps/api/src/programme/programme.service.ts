import { loadRequired } from '../common/batch.loader.js';
import type { ProgrammeFilter, VenueFilter } from './programme.input.js';
import type { ProgrammeLoaders } from './programme.loaders.js';
import { toProgramme, toService, toVenue } from './programme.mapper.js';
import type { ProgrammeRepository, ProgrammeRow } from './programme.repository.js';
import type { Programme, Service, Venue } from './programme.type.js';

/** Services, the programmes they run, and the venues programmes run at. */
export class ProgrammeService {
  constructor(
    private readonly repository: ProgrammeRepository,
    private readonly loaders: ProgrammeLoaders,
  ) {}

  async services(): Promise<Service[]> {
    return (await this.repository.services({})).map(toService);
  }

  async service(id: string): Promise<Service | null> {
    const row = await this.loaders.service.load(id);
    return row && toService(row);
  }

  async requiredService(id: string): Promise<Service> {
    return toService(await loadRequired(this.loaders.service, id, 'Service'));
  }

  async servicesOfProvider(organisationId: string): Promise<Service[]> {
    return (await this.loaders.servicesByProvider.load(organisationId)).map(toService);
  }

  async programmes(filter: ProgrammeFilter): Promise<Programme[]> {
    return (await this.repository.programmes(filter)).map(toProgramme);
  }

  async programme(id: string): Promise<Programme | null> {
    const row = await this.loaders.programme.load(id);
    return row && toProgramme(row);
  }

  /** Rows read with something else (a page of referrals), so loading them again costs nothing. */
  prime(rows: readonly ProgrammeRow[]): void {
    for (const row of rows) this.loaders.programme.prime(row.id, row);
  }

  async requiredProgramme(id: string): Promise<Programme> {
    return toProgramme(await loadRequired(this.loaders.programme, id, 'Programme'));
  }

  async programmesOfService(serviceId: string): Promise<Programme[]> {
    return (await this.loaders.programmesByService.load(serviceId)).map(toProgramme);
  }

  async programmesAtVenue(venueId: string): Promise<Programme[]> {
    return (await this.loaders.programmesByVenue.load(venueId)).map(toProgramme);
  }

  async venues(filter: VenueFilter): Promise<Venue[]> {
    return (await this.repository.venues(filter)).map(toVenue);
  }

  async venue(id: string): Promise<Venue | null> {
    const row = await this.loaders.venue.load(id);
    return row && toVenue(row);
  }

  async requiredVenue(id: string): Promise<Venue> {
    return toVenue(await loadRequired(this.loaders.venue, id, 'Venue'));
  }

  async venuesOfProgramme(programmeId: string): Promise<Venue[]> {
    return (await this.loaders.venuesByProgramme.load(programmeId)).map(toVenue);
  }
}
