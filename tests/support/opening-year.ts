import { queryApi } from './dashboard.checks.js';

interface CoverageAnswer {
  dataCoverage: { latestCompleteFinancialYear: string | null; lastReferralOn: string | null; rollupsRefreshedAt: string | null };
}

/** How recent the data are, as the API says; the figures pages open on its latest complete year. */
export function dataCoverage(apiUrl: string): Promise<CoverageAnswer['dataCoverage']> {
  return queryApi<CoverageAnswer>(apiUrl, `{ dataCoverage { latestCompleteFinancialYear lastReferralOn rollupsRefreshedAt } }`).then(
    (answer) => answer.dataCoverage,
  );
}

/** The API filter a figures page uses when its URL names no year or months. */
export async function openingFilter(apiUrl: string): Promise<{ financialYear?: string }> {
  const year = (await dataCoverage(apiUrl)).latestCompleteFinancialYear;
  return year ? { financialYear: year } : {};
}
