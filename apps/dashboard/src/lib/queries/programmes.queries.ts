import { graphql } from '../graphql';
import type { ProgrammeFragment } from '../graphql/graphql';

/** @public Read by GraphQL Code Generator, which inlines it into every operation that spreads it. */
export const PROGRAMME_FRAGMENT = graphql(`
	fragment Programme on Programme {
		id
		code
		name
		service {
			id
			name
		}
	}
`);

export const PROGRAMMES_QUERY = graphql(`
	query Programmes {
		programmes {
			...Programme
		}
	}
`);

export type Programme = ProgrammeFragment;
