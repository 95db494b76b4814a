/** The QI workspace's documents: what a form needs to edit a project, and the saves. */
import { graphql } from '../graphql';
import type { QiForumMeetingsQuery, QiProjectEditQuery, QiServicesQuery } from '../graphql/graphql';

/** Fields only the edit forms read, asked for apart so the project page still shows its charts if they fail. */
export const QI_PROJECT_EDIT_QUERY = graphql(`
	query QiProjectEdit($id: ID!) {
		qiProject(id: $id) {
			id
			version
			canEdit
			progressScoredOn
			measures {
				id
				name
				chart
				unit
				definition: description
				direction
				target
				chartSettings {
					target
					rebases {
						at
						reason
					}
					ghosts {
						at
						reason
					}
				}
				values {
					periodStart
					value
				}
			}
			pdsaCycles {
				id
				showOnServiceCharts
			}
		}
	}
`);

export const QI_SERVICES_QUERY = graphql(`
	query QiServices {
		services {
			id
			name
		}
	}
`);

export const QI_FORUM_MEETINGS_QUERY = graphql(`
	query QiForumMeetings {
		qiForumMeetings {
			id
			heldOn
			notes
			staffAttendees
			serviceUserCarerAttendees
			projectsDiscussed {
				id
				title
			}
		}
	}
`);

export const CREATE_QI_PROJECT_MUTATION = graphql(`
	mutation CreateQiProject($input: QiProjectInput!) {
		createQiProject(input: $input) {
			id
		}
	}
`);

export const UPDATE_QI_PROJECT_MUTATION = graphql(`
	mutation UpdateQiProject($id: ID!, $version: Int!, $input: QiProjectInput!) {
		updateQiProject(id: $id, version: $version, input: $input) {
			id
			version
		}
	}
`);

export const ADD_QI_MEASURE_MUTATION = graphql(`
	mutation AddQiMeasure($projectId: ID!, $input: QiMeasureInput!) {
		addQiMeasure(projectId: $projectId, input: $input) {
			id
		}
	}
`);

export const RECORD_QI_MEASURE_VALUES_MUTATION = graphql(`
	mutation RecordQiMeasureValues($measureId: ID!, $values: [QiMeasureValueInput!]!, $replace: Boolean!, $reason: String) {
		recordQiMeasureValues(measureId: $measureId, values: $values, replace: $replace, reason: $reason) {
			id
		}
	}
`);

export const CORRECT_QI_MEASURE_VALUE_MUTATION = graphql(`
	mutation CorrectQiMeasureValue($measureId: ID!, $periodStart: LocalDate!, $value: Float!, $reason: String!) {
		correctQiMeasureValue(measureId: $measureId, periodStart: $periodStart, value: $value, reason: $reason) {
			id
		}
	}
`);

export const SET_QI_CHART_SETTINGS_MUTATION = graphql(`
	mutation SetQiMeasureChartSettings($measureId: ID!, $input: QiChartSettingsInput!) {
		setQiMeasureChartSettings(measureId: $measureId, input: $input) {
			id
		}
	}
`);

export const RECORD_PDSA_CYCLE_MUTATION = graphql(`
	mutation RecordPdsaCycle($projectId: ID!, $input: PdsaCycleInput!) {
		recordPdsaCycle(projectId: $projectId, input: $input) {
			id
			sequence
		}
	}
`);

export const UPDATE_PDSA_CYCLE_MUTATION = graphql(`
	mutation UpdatePdsaCycle($id: ID!, $input: PdsaCycleInput!) {
		updatePdsaCycle(id: $id, input: $input) {
			id
		}
	}
`);

export const UPDATE_QI_MEASURE_MUTATION = graphql(`
	mutation UpdateQiMeasure($id: ID!, $input: QiMeasureInput!) {
		updateQiMeasure(id: $id, input: $input) {
			id
		}
	}
`);

export const ADD_QI_ANNOTATION_MUTATION = graphql(`
	mutation AddQiAnnotation($projectId: ID!, $input: QiAnnotationInput!) {
		addQiAnnotation(projectId: $projectId, input: $input) {
			id
		}
	}
`);

export const DELETE_QI_ANNOTATION_MUTATION = graphql(`
	mutation DeleteQiAnnotation($id: ID!) {
		deleteQiAnnotation(id: $id)
	}
`);

export const RECORD_QI_FORUM_MEETING_MUTATION = graphql(`
	mutation RecordQiForumMeeting($input: QiForumMeetingInput!) {
		recordQiForumMeeting(input: $input) {
			id
		}
	}
`);

export type QiEditProject = NonNullable<QiProjectEditQuery['qiProject']>;
export type QiEditMeasure = QiEditProject['measures'][number];
export type QiChartSettings = QiEditMeasure['chartSettings'];
export type ChartMark = QiChartSettings['rebases'][number];
export type ServiceChoice = QiServicesQuery['services'][number];
export type QiForumMeeting = QiForumMeetingsQuery['qiForumMeetings'][number];
