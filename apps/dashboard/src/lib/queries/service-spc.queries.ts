import { SPC_CHART_FIELDS, type SpcChart } from '../spc-types';

export const SERVICE_SPC_QUERY = /* GraphQL */ `
	query ServiceSpc($series: ServiceSeries!, $filter: AnalysisFilter) {
		serviceSpc(series: $series, filter: $filter) {
			${SPC_CHART_FIELDS}
		}
	}
`;

export interface ServiceSpcResult {
	serviceSpc: SpcChart;
}
