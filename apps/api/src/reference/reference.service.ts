import { loadRequired } from '../common/batch.loader.js';
import { encodeCursor } from '../common/cursor.codec.js';
import type { PageRequest } from '../common/page.args.js';
import { toConnection } from '../common/page.types.js';
import type { AgeBand, EthnicCategory, Instrument, ReferralSource, Ward } from './code-list.type.js';
import type { PopulationFilter } from './population.input.js';
import { PopulationCellConnection } from './population.type.js';
import type { ReferenceLoaders } from './reference.loaders.js';
import { toAgeBand, toEthnicCategory, toInstrument, toPopulationCell, toReferralSource, toWard } from './reference.mapper.js';
import { POPULATION_CURSOR, populationCursorKey, type ReferenceRepository } from './reference.repository.js';

/** Code lists and population denominators. */
export class ReferenceService {
  constructor(
    private readonly repository: ReferenceRepository,
    private readonly loaders: ReferenceLoaders,
  ) {}

  async wards(): Promise<Ward[]> {
    return (await this.repository.wards()).map(toWard);
  }

  async ward(code: string): Promise<Ward | null> {
    const row = await this.loaders.ward.load(code);
    return row && toWard(row);
  }

  async requiredWard(code: string): Promise<Ward> {
    return toWard(await loadRequired(this.loaders.ward, code, 'Ward'));
  }

  async ethnicCategories(): Promise<EthnicCategory[]> {
    return (await this.repository.ethnicCategories()).map(toEthnicCategory);
  }

  async ethnicCategory(code: string): Promise<EthnicCategory> {
    return toEthnicCategory(await loadRequired(this.loaders.ethnicCategory, code, 'Ethnic category'));
  }

  async referralSources(): Promise<ReferralSource[]> {
    return (await this.repository.referralSources()).map(toReferralSource);
  }

  async referralSource(code: string): Promise<ReferralSource> {
    return toReferralSource(await loadRequired(this.loaders.referralSource, code, 'Referral source'));
  }

  async ageBands(): Promise<AgeBand[]> {
    return (await this.repository.ageBands()).map(toAgeBand);
  }

  async ageBand(code: string): Promise<AgeBand> {
    return toAgeBand(await loadRequired(this.loaders.ageBand, code, 'Age band'));
  }

  async instruments(): Promise<Instrument[]> {
    return (await this.repository.instruments()).map(toInstrument);
  }

  async instrument(code: string): Promise<Instrument | null> {
    const row = await this.loaders.instrument.load(code);
    return row && toInstrument(row);
  }

  async requiredInstrument(code: string): Promise<Instrument> {
    return toInstrument(await loadRequired(this.loaders.instrument, code, 'Instrument'));
  }

  async populationCells(filter: PopulationFilter, page: PageRequest): Promise<PopulationCellConnection> {
    const rows = await this.repository.populationPage(filter, page);
    return toConnection(
      PopulationCellConnection,
      rows,
      (row) => ({ cursor: encodeCursor(POPULATION_CURSOR, populationCursorKey(row)), node: toPopulationCell(row) }),
      () => this.repository.populationCount(filter),
    );
  }
}
