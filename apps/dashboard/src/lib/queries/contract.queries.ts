import type { Contract, KpiReport } from '../contract-types';
import { SPC_CHART_FIELDS } from '../spc-types';

export const CONTRACTS_QUERY = /* GraphQL */ `
	query Contracts {
		contracts {
			id
			code
			title
			startsOn
			endsOn
			extensionEndsOn
			commissioner {
				id
				name
			}
			providers {
				id
				name
			}
		}
	}
`;

export const CONTRACT_KPIS_QUERY = /* GraphQL */ `
	query ContractKpis($contractCode: String!) {
		contractKpis(contractCode: $contractCode) {
			kpi {
				id
				code
				name
				description
				unit
				direction
				tolerance
			}
			quarters {
				periodStart
				label
				actual
				target
				rag
				reason
				numerator
				denominator
			}
			spc {
				${SPC_CHART_FIELDS}
			}
		}
	}
`;

export interface ContractsResult {
	contracts: Contract[];
}

export interface ContractKpisResult {
	contractKpis: KpiReport[];
}
