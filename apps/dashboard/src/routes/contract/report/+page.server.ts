import { error } from '@sveltejs/kit';
import { hubApi } from '$lib/server/hub-api';
import { assertMayVisit } from '$lib/server/page-access';
import { settle } from '$lib/ui/load-result';
import { figuresSummary } from '$lib/account/viewer';
import { latestReportedQuarter } from '$lib/contract/kpi-quarters';
import { CONTRACT_KPIS_QUERY, CONTRACTS_QUERY } from '$lib/queries/contract.queries';
import { OUTCOME_HEADLINES_QUERY } from '$lib/queries/outcomes.queries';
import { BOARD_PACK_UPTAKE_QUERY } from '$lib/queries/report.queries';
import { reportPeriods, reportQuarter, yearToDateFilter } from '$lib/report/board-pack';
import { parseReportRequest } from '$lib/report/report-request';
import type { PageServerLoad } from './$types';

/**
 * Everything is awaited, not streamed: the page is printed (by the browser or by the hub's PDF
 * renderer) once it has drawn, so each section arrives complete or with its error.
 */
export const load: PageServerLoad = async ({ url, fetch, locals }) => {
	assertMayVisit(locals, '/contract');
	const parsed = parseReportRequest(url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	const { request } = parsed;
	const api = hubApi({ fetch, locals });

	const contracts = await settle(api.request(CONTRACTS_QUERY).then((result) => result.contracts));
	if (!contracts.ok) error(502, `Could not load the contracts from the API: ${contracts.message}`);
	const contract = request.contract ? contracts.data.find((candidate) => candidate.code === request.contract) : contracts.data[0];
	if (!contract)
		error(404, request.contract ? `contract: no contract with the code “${request.contract}” is open to you` : 'No contracts are recorded in the hub yet');

	const kpis = await settle(api.request(CONTRACT_KPIS_QUERY, { contractCode: contract.code, options: null }).then((result) => result.contractKpis));
	if (!kpis.ok) error(502, `Could not load the contract's KPIs from the API: ${kpis.message}`);
	const quarter = reportQuarter(kpis.data, request.quarter);
	if (!quarter) error(404, request.quarter ? `quarter: the contract has no quarter starting ${request.quarter}` : 'This contract has no KPI reports yet');

	const periods = reportPeriods(quarter);
	const filter = yearToDateFilter(periods);
	const [outcomes, uptake] = await Promise.all([
		settle(api.request(OUTCOME_HEADLINES_QUERY, { filter, timepoint: 'END_OF_PROGRAMME' }).then((result) => result.outcomeSummary)),
		settle(api.request(BOARD_PACK_UPTAKE_QUERY, { filter }))
	]);

	return {
		contract,
		kpis: kpis.data,
		periods,
		latest: latestReportedQuarter(kpis.data),
		outcomes,
		uptake,
		// The published view's anonymous readers get what every role without records gets.
		figures: figuresSummary(locals.user ?? { figures: 'DISCLOSURE_CONTROLLED' }),
		generatedAt: new Date().toISOString()
	};
};
