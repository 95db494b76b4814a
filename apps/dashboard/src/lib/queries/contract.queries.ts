import { graphql } from '../graphql';
import type { ContractKpisQuery, ContractsQuery } from '../graphql/graphql';

export const CONTRACTS_QUERY = graphql(`
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
`);

export const CONTRACT_KPIS_QUERY = graphql(`
	query ContractKpis($contractCode: String!, $options: SpcOptionsInput) {
		contractKpis(contractCode: $contractCode) {
			kpi {
				id
				code
				name
				description
				unit
				direction
				tolerance
				period
			}
			quarters {
				periodStart
				label
				actual
				target
				rag
				reason
				suppressed
				numerator
				denominator
			}
			spc(options: $options) {
				...SpcChart
			}
		}
	}
`);

export type Contract = ContractsQuery['contracts'][number];
export type KpiReport = ContractKpisQuery['contractKpis'][number];
export type KpiQuarter = KpiReport['quarters'][number];
