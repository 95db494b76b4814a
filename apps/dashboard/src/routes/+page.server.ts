import { hubApi } from '$lib/server/hub-api';
import { withDataCoverage } from '$lib/server/data-coverage.load';
import type { ReferralsByProgrammeQueryVariables } from '$lib/graphql/graphql';
import { withinReach } from '$lib/account/viewer';
import { settle } from '$lib/ui/load-result';
import { OVERVIEW_FILTER_FIELDS, parseAnalysisFilter, toReferralFilter } from '$lib/filters/analysis-filter';
import { programmeOptions } from '$lib/filters/programme-options';
import { OUTCOME_HEADLINES_QUERY } from '$lib/queries/outcomes.queries';
import { parseTimepoint } from '$lib/outcomes/timepoint';
import { PROGRAMMES_QUERY } from '$lib/queries/programmes.queries';
import { REFERRAL_FUNNEL_QUERY } from '$lib/queries/referral-funnel.queries';
import { REFERRALS_BY_PROGRAMME_QUERY } from '$lib/queries/referrals.queries';
import { SERVICE_SPC_QUERY } from '$lib/queries/service-spc.queries';
import { programmeReferrals } from '$lib/overview/referrals-by-programme';
import type { PageServerLoad } from './$types';

// Promises are returned un-awaited so the page streams and shows each chart as it arrives;
// only the default year, needed before any figure is asked for, is awaited.
export const load: PageServerLoad = async ({ url, fetch, locals }) => {
	const api = hubApi({ fetch, locals });
	const { filter, coverage } = await withDataCoverage(api, parseAnalysisFilter(url.searchParams, OVERVIEW_FILTER_FIELDS));
	const variables: ReferralsByProgrammeQueryVariables = { filter: toReferralFilter(filter) };
	const analysis = { filter: toReferralFilter(filter) };
	const timepoint = parseTimepoint(url.searchParams);

	return {
		filter,
		coverage,
		timepoint,
		options: settle(
			api.request(PROGRAMMES_QUERY).then((result) => ({ programmes: programmeOptions(withinReach(result.programmes, locals.user?.programmeIds ?? null)) }))
		),
		headlines: settle(api.request(OUTCOME_HEADLINES_QUERY, { ...analysis, timepoint }).then((result) => result.outcomeSummary)),
		referralSpc: settle(api.request(SERVICE_SPC_QUERY, { ...analysis, series: 'MONTHLY_REFERRALS' }).then((result) => result.serviceSpc)),
		funnel: settle(api.request(REFERRAL_FUNNEL_QUERY, analysis).then((result) => result.referralFunnel)),
		referralsByProgramme: settle(api.request(REFERRALS_BY_PROGRAMME_QUERY, variables).then((result) => programmeReferrals(result.referralsByProgramme)))
	};
};
