import type { RequestEvent } from '@sveltejs/kit';
import { text, todayInHub } from '$lib/qi/edit/form-values';
import {
	ANNOTATION_FIELDS,
	annotationInput,
	CHART_SETTINGS_FIELDS,
	chartSettingsInput,
	correctionInput,
	MEASURE_FIELDS,
	measureInput,
	PDSA_FIELDS,
	pdsaInput,
	PROJECT_FIELDS,
	pastedValuesInput,
	projectInput,
	singleValueInput,
	VALUE_FIELDS
} from '$lib/qi/edit/qi-inputs';
import {
	ADD_QI_ANNOTATION_MUTATION,
	ADD_QI_MEASURE_MUTATION,
	CORRECT_QI_MEASURE_VALUE_MUTATION,
	DELETE_QI_ANNOTATION_MUTATION,
	RECORD_PDSA_CYCLE_MUTATION,
	RECORD_QI_MEASURE_VALUES_MUTATION,
	SET_QI_CHART_SETTINGS_MUTATION,
	UPDATE_PDSA_CYCLE_MUTATION,
	UPDATE_QI_MEASURE_MUTATION,
	UPDATE_QI_PROJECT_MUTATION
} from '$lib/queries/qi-edit.queries';
import { qiSave } from './qi-edit.actions';

type ProjectEvent = Pick<RequestEvent, 'fetch' | 'locals' | 'request'> & { params: { id: string } };

const perMeasure = (name: string) => (data: FormData) => `${name}:${text(data, 'measureId')}`;
const perCycle = (name: string) => (data: FormData) => `${name}:${text(data, 'cycleId')}`;
const isTChart = (data: FormData) => text(data, 'chart') === 'T';

/**
 * The project page's saves. The API decides who may edit (a QI lead of the project or an admin)
 * and refuses anyone else; the page only hides the forms from them.
 */
export const qiProjectActions = {
	updateProject: (event: ProjectEvent) =>
		qiSave(event, {
			form: 'updateProject',
			fields: PROJECT_FIELDS,
			read: projectInput,
			document: UPDATE_QI_PROJECT_MUTATION,
			variables: (input, data) => ({ id: event.params.id, version: Number(text(data, 'version')), input }),
			saved: 'Project saved.'
		}),
	addMeasure: (event: ProjectEvent) =>
		qiSave(event, {
			form: 'addMeasure',
			fields: MEASURE_FIELDS,
			read: measureInput,
			document: ADD_QI_MEASURE_MUTATION,
			variables: (input) => ({ projectId: event.params.id, input }),
			saved: 'Measure added. Enter its values below its name.'
		}),
	updateMeasure: (event: ProjectEvent) =>
		qiSave(event, {
			form: perMeasure('updateMeasure'),
			fields: MEASURE_FIELDS,
			read: measureInput,
			document: UPDATE_QI_MEASURE_MUTATION,
			variables: (input, data) => ({ id: text(data, 'measureId'), input }),
			saved: 'Measure saved.'
		}),
	recordValue: (event: ProjectEvent) =>
		qiSave(event, {
			form: perMeasure('recordValue'),
			fields: VALUE_FIELDS,
			read: (data) => singleValueInput(data, isTChart(data)),
			document: RECORD_QI_MEASURE_VALUES_MUTATION,
			variables: (input, data) => ({ measureId: text(data, 'measureId'), ...input }),
			saved: 'Value saved.'
		}),
	recordPastedValues: (event: ProjectEvent) =>
		qiSave(event, {
			form: perMeasure('recordPastedValues'),
			fields: VALUE_FIELDS,
			read: (data) => pastedValuesInput(data, { today: todayInHub(new Date()), eventDates: isTChart(data) }),
			document: RECORD_QI_MEASURE_VALUES_MUTATION,
			variables: (input, data) => ({ measureId: text(data, 'measureId'), ...input }),
			saved: 'Pasted values saved.'
		}),
	correctValue: (event: ProjectEvent) =>
		qiSave(event, {
			form: perMeasure('correctValue'),
			fields: VALUE_FIELDS,
			read: correctionInput,
			document: CORRECT_QI_MEASURE_VALUE_MUTATION,
			variables: (input, data) => ({ measureId: text(data, 'measureId'), ...input }),
			saved: 'Value corrected; the old value and the reason are kept in its history.'
		}),
	saveChartSettings: (event: ProjectEvent) =>
		qiSave(event, {
			form: perMeasure('saveChartSettings'),
			fields: CHART_SETTINGS_FIELDS,
			read: chartSettingsInput,
			document: SET_QI_CHART_SETTINGS_MUTATION,
			variables: (input, data) => ({ measureId: text(data, 'measureId'), input }),
			saved: 'Chart settings saved: every reader now sees them.'
		}),
	recordPdsa: (event: ProjectEvent) =>
		qiSave(event, {
			form: 'recordPdsa',
			fields: PDSA_FIELDS,
			read: pdsaInput,
			document: RECORD_PDSA_CYCLE_MUTATION,
			variables: (input) => ({ projectId: event.params.id, input }),
			saved: 'PDSA cycle recorded.'
		}),
	updatePdsa: (event: ProjectEvent) =>
		qiSave(event, {
			form: perCycle('updatePdsa'),
			fields: PDSA_FIELDS,
			read: pdsaInput,
			document: UPDATE_PDSA_CYCLE_MUTATION,
			variables: (input, data) => ({ id: text(data, 'cycleId'), input }),
			saved: 'PDSA cycle saved.'
		}),
	addAnnotation: (event: ProjectEvent) =>
		qiSave(event, {
			form: 'addAnnotation',
			fields: ANNOTATION_FIELDS,
			read: annotationInput,
			document: ADD_QI_ANNOTATION_MUTATION,
			variables: (input) => ({ projectId: event.params.id, input }),
			saved: 'Note added.'
		}),
	deleteAnnotation: (event: ProjectEvent) =>
		qiSave(event, {
			form: 'deleteAnnotation',
			fields: ['id'],
			read: (data) => (text(data, 'id') ? { ok: true, input: text(data, 'id') } : { ok: false, errors: { id: 'Choose the note to delete.' } }),
			document: DELETE_QI_ANNOTATION_MUTATION,
			variables: (id) => ({ id }),
			saved: 'Note deleted.'
		})
};
