import { hubApi } from '$lib/server/hub-api';
import { assertMayVisit } from '$lib/server/page-access';
import { settle } from '$lib/ui/load-result';
import { chooseContract, parseContractView } from '$lib/contract/contract-view';
import { CONTRACT_KPIS_QUERY, CONTRACTS_QUERY } from '$lib/queries/contract.queries';
import { parseChartChoices } from '$lib/spc/spc-options';
import type { PageServerLoad } from './$types';

// The contract list is awaited because the KPI query needs a contract code; the KPIs stream.
export const load: PageServerLoad = async ({ url, fetch, locals }) => {
	assertMayVisit(locals, '/contract');
	const api = hubApi({ fetch, locals });
	const view = parseContractView(url.searchParams);
	const contracts = await settle(api.request(CONTRACTS_QUERY).then((result) => result.contracts));
	const contract = contracts.ok ? chooseContract(contracts.data, view.contract) : null;
	// The reader's rebases are for the one KPI whose chart is open; other KPIs' charts are not shown.
	const options = view.kpi ? parseChartChoices(url.searchParams) : null;

	return {
		view,
		contracts,
		contract,
		kpis: contract ? settle(api.request(CONTRACT_KPIS_QUERY, { contractCode: contract.code, options }).then((result) => result.contractKpis)) : null
	};
};
