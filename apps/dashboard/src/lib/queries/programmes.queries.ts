import type { Programme } from '../hub-api.types';

export const PROGRAMMES_QUERY = /* GraphQL */ `
	query Programmes {
		programmes {
			id
			code
			name
			service {
				id
				name
			}
		}
	}
`;

export interface ProgrammesResult {
	programmes: Programme[];
}
