import { hubApi } from '$lib/server/hub-api';
import { assertMayVisit } from '$lib/server/page-access';
import { settle } from '$lib/load-result';
import { chooseContract, parseContractView } from '$lib/contract-view';
import { CONTRACT_KPIS_QUERY, CONTRACTS_QUERY } from '$lib/queries/contract.queries';
import type { PageServerLoad } from './$types';

// The contract list is awaited because the KPI query needs a contract code; the KPIs stream.
export const load: PageServerLoad = async ({ url, fetch, locals }) => {
	assertMayVisit(locals, '/contract');
	const api = hubApi({ fetch, locals });
	const view = parseContractView(url.searchParams);
	const contracts = await settle(api.request(CONTRACTS_QUERY).then((result) => result.contracts));
	const contract = contracts.ok ? chooseContract(contracts.data, view.contract) : null;

	return {
		view,
		contracts,
		contract,
		kpis: contract ? settle(api.request(CONTRACT_KPIS_QUERY, { contractCode: contract.code }).then((result) => result.contractKpis)) : null
	};
};
