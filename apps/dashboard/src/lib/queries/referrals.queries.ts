import { graphql } from '../graphql';
import type { ReferralsByProgrammeQuery } from '../graphql/graphql';

export const REFERRALS_BY_PROGRAMME_QUERY = graphql(`
	query ReferralsByProgramme($filter: ReferralFilter) {
		referralsByProgramme(filter: $filter) {
			count
			suppressed
			programme {
				...Programme
			}
		}
	}
`);

export type ProgrammeReferralCount = ReferralsByProgrammeQuery['referralsByProgramme'][number];
