import { graphql } from '../graphql';
import type { InvolvementOverTimeQuery, QiProjectQuery, QiProjectsQuery } from '../graphql/graphql';

export const QI_PROJECTS_QUERY = graphql(`
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
`);

export const INVOLVEMENT_OVER_TIME_QUERY = graphql(`
	query InvolvementOverTime {
		involvementOverTime {
			month
			activeProjects
			involvedProjects
			bigIProjects
			littleIProjects
			share {
				...Proportion
			}
			bigIShare {
				...Proportion
			}
			littleIShare {
				...Proportion
			}
		}
	}
`);

export const QI_PROJECT_QUERY = graphql(`
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
					...SpcChart
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
`);

/** One measure's chart with limits recalculated at the points a user chose in the URL. */
export const QI_MEASURE_SPC_QUERY = graphql(`
	query QiMeasureSpc($id: ID!, $options: SpcOptionsInput) {
		qiMeasure(id: $id) {
			id
			spc(options: $options) {
				...SpcChart
			}
		}
	}
`);

export type QiProjectSummary = QiProjectsQuery['qiProjects'][number];
export type InvolvementPoint = InvolvementOverTimeQuery['involvementOverTime'][number];
export type QiProject = NonNullable<QiProjectQuery['qiProject']>;
export type QiMeasure = QiProject['measures'][number];
export type PdsaCycle = QiProject['pdsaCycles'][number];
export type QiAnnotation = QiProject['annotations'][number];
export type InvolvementChange = QiProject['involvementHistory'][number];
