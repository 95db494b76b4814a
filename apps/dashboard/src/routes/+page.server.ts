import { hubApi } from '$lib/server/hub-api';
import { settle } from '$lib/load-result';
import { parseOverviewFilter, toReferralFilter } from '$lib/overview-filter';
import { PROGRAMMES_QUERY, type ProgrammesResult } from '$lib/queries/programmes.queries';
import {
	REFERRALS_BY_PROGRAMME_QUERY,
	REFERRALS_PER_MONTH_QUERY,
	type ReferralsByProgrammeResult,
	type ReferralsPerMonthResult,
	type ReferralsVariables
} from '$lib/queries/referrals.queries';
import { fillMonthlyReferrals } from '$lib/referrals-per-month';
import { rankProgrammeReferrals } from '$lib/referrals-by-programme';
import type { PageServerLoad } from './$types';

// Promises are returned un-awaited so the page streams and shows each chart as it arrives.
export const load: PageServerLoad = ({ url, fetch }) => {
	const api = hubApi(fetch);
	const filter = parseOverviewFilter(url.searchParams);
	const variables: ReferralsVariables = { filter: toReferralFilter(filter) };

	return {
		filter,
		programmes: settle(
			api.request<ProgrammesResult>(PROGRAMMES_QUERY).then((result) => result.programmes)
		),
		referralsPerMonth: settle(
			api
				.request<ReferralsPerMonthResult>(REFERRALS_PER_MONTH_QUERY, variables)
				.then((result) => fillMonthlyReferrals(result.referralsPerMonth, filter))
		),
		referralsByProgramme: settle(
			api
				.request<ReferralsByProgrammeResult>(REFERRALS_BY_PROGRAMME_QUERY, variables)
				.then((result) => rankProgrammeReferrals(result.referralsByProgramme))
		)
	};
};
