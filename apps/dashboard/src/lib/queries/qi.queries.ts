import type { InvolvementPoint, QiMeasure, QiProject, QiProjectFilter, QiProjectSummary } from '../qi-types';
import { SPC_CHART_FIELDS, type SpcChart } from '../spc-types';

export const QI_PROJECTS_QUERY = /* GraphQL */ `
	query QiProjects($filter: QiProjectFilter) {
		qiProjects(filter: $filter) {
			id
			code
			title
			team
			status
			progressScore
			involvementLevel
			startedOn
			endedOn
			service {
				id
				name
			}
		}
	}
`;

export const INVOLVEMENT_OVER_TIME_QUERY = /* GraphQL */ `
	query InvolvementOverTime {
		involvementOverTime {
			month
			activeProjects
			involvedProjects
			bigIProjects
			share {
				numerator
				denominator
				estimate
				lower
				upper
				suppressed
				reason
			}
		}
	}
`;

export const QI_PROJECT_QUERY = /* GraphQL */ `
	query QiProject($id: ID!) {
		qiProject(id: $id) {
			id
			code
			title
			team
			aim
			status
			progressScore
			involvementLevel
			startedOn
			endedOn
			service {
				id
				name
			}
			involvementHistory {
				effectiveOn
				level
			}
			measures {
				id
				name
				description
				unit
				direction
				target
				spc {
					${SPC_CHART_FIELDS}
				}
			}
			pdsaCycles {
				id
				sequence
				changeIdea
				plan
				do
				study
				act
				decision
				startedOn
				endedOn
				measures {
					id
					name
				}
			}
			annotations {
				id
				notedOn
				text
				measure {
					id
					name
				}
			}
		}
	}
`;

/** One measure's chart with limits recalculated at the points a user chose in the URL. */
export const QI_MEASURE_SPC_QUERY = /* GraphQL */ `
	query QiMeasureSpc($id: ID!, $options: SpcOptionsInput) {
		qiMeasure(id: $id) {
			id
			spc(options: $options) {
				${SPC_CHART_FIELDS}
			}
		}
	}
`;

export interface QiProjectsVariables {
	[name: string]: unknown;
	filter: QiProjectFilter;
}

export interface QiProjectsResult {
	qiProjects: QiProjectSummary[];
}

export interface InvolvementOverTimeResult {
	involvementOverTime: InvolvementPoint[];
}

export interface QiProjectResult {
	qiProject: QiProject | null;
}

export interface QiMeasureSpcResult {
	qiMeasure: (Pick<QiMeasure, 'id'> & { spc: SpcChart }) | null;
}
