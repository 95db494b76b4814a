/** The Contract page's choices, held in the URL: ?contract=<code>&quarter=<YYYY-MM-DD>&kpi=<code>. */
export interface ContractView {
	contract: string | null;
	quarter: string | null;
	kpi: string | null;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseContractView(params: URLSearchParams): ContractView {
	const quarter = params.get('quarter')?.trim() ?? '';
	return {
		contract: params.get('contract')?.trim() || null,
		quarter: LOCAL_DATE.test(quarter) ? quarter : null,
		kpi: params.get('kpi')?.trim() || null
	};
}

/** The query string for a view, "" when it holds nothing. Keys keep a fixed order. */
export function contractViewSearch(view: ContractView): string {
	const params = new URLSearchParams();
	if (view.contract) params.set('contract', view.contract);
	if (view.quarter) params.set('quarter', view.quarter);
	if (view.kpi) params.set('kpi', view.kpi);
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** The contract asked for when it exists, otherwise the first (oldest) one. */
export function chooseContract<T extends { code: string }>(contracts: readonly T[], requested: string | null): T | null {
	return contracts.find((contract) => contract.code === requested) ?? contracts[0] ?? null;
}
