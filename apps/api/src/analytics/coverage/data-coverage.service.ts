import type { ReportingAccess } from '../analytics.services.js';
import { DataCoverage } from './data-coverage.type.js';

const DEFINITION =
  'Data run to the last day a referral was received. A financial year (1 April to 31 March) is complete when the data reach its 31 March. Figures are read from rollups rebuilt after each import; the refresh time says when (docs/methods.md, "How recent the data are").';

/** How recent the data are, for every signed-in reader. */
export class DataCoverageService {
  constructor(private readonly access: ReportingAccess) {}

  async dataCoverage(): Promise<DataCoverage> {
    return Object.assign(new DataCoverage(), await this.access.reporting.dataCoverage(), { definition: DEFINITION });
  }
}
