import { graphql } from '../graphql';

export const SERVICE_SPC_QUERY = graphql(`
	query ServiceSpc($series: ServiceSeries!, $filter: ReferralFilter, $options: SpcOptionsInput) {
		serviceSpc(series: $series, filter: $filter, options: $options) {
			...SpcChart
			total {
				value
				suppressed
				reason
				note
			}
		}
	}
`);
