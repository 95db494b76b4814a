import { describe, expect, it } from 'vitest';
import type { PdsaCycle, QiProject } from '../queries/qi.queries';
import { chartSettingsRows, measureDefaults, pdsaDefaults, periodChoices, projectDefaults } from './form-defaults';

const project = {
	id: '1',
	code: 'QI-1',
	title: 'Faster triage',
	team: 'Triage',
	aim: 'Halve waits',
	status: 'TESTING',
	progressScore: 3,
	involvementLevel: 'BIG_I',
	startedOn: '2024-01-08',
	endedOn: null,
	service: { id: '2', name: 'Talking therapies' },
	involvementHistory: [
		{ effectiveOn: '2024-06-01', level: 'BIG_I' },
		{ effectiveOn: '2024-01-08', level: 'NONE' }
	],
	measures: [],
	pdsaCycles: [],
	annotations: []
} satisfies QiProject;

describe('projectDefaults', () => {
	it('starts a new project today, planning, at the bottom of the scale', () => {
		expect(projectDefaults(null, null, '2025-06-15')).toMatchObject({
			startedOn: '2025-06-15',
			status: 'PLANNING',
			progressScore: '0.5',
			progressScoredOn: '2025-06-15'
		});
	});

	it('shows a saved project as the select writes it, with the latest involvement change', () => {
		expect(projectDefaults(project, '2025-02-01', '2025-06-15')).toMatchObject({
			serviceId: '2',
			endedOn: '',
			progressScore: '3.0',
			progressScoredOn: '2025-02-01',
			involvementChangedOn: '2024-06-01'
		});
	});

	it('dates a score set before the hub kept a history today', () => {
		expect(projectDefaults(project, null, '2025-06-15').progressScoredOn).toBe('2025-06-15');
	});
});

describe('chartSettingsRows', () => {
	it('adds one empty row after the saved marks', () => {
		const rows = chartSettingsRows({ chartSettings: { target: null, rebases: [{ at: '2024-10-01', reason: 'Rota' }], ghosts: [] } });
		expect(rows).toEqual({
			rebases: [
				{ at: '2024-10-01', reason: 'Rota' },
				{ at: '', reason: '' }
			],
			ghosts: [{ at: '', reason: '' }],
			target: ''
		});
	});
});

describe('chartSettingsRows after a refused save', () => {
	it('shows the rows as typed, keeping the empty row at the end', () => {
		const saved = { chartSettings: { target: null, rebases: [{ at: '2024-10-01', reason: 'Rota' }], ghosts: [] } };
		const rows = chartSettingsRows(saved, { rebaseAt: ['2024-10-01', '2025-01-01'], rebaseReason: ['Rota', ''], ghostAt: '', ghostReason: '' });
		expect(rows.rebases).toEqual([
			{ at: '2024-10-01', reason: 'Rota' },
			{ at: '2025-01-01', reason: '' },
			{ at: '', reason: '' }
		]);
		expect(rows.ghosts).toEqual([{ at: '', reason: '' }]);
	});
});

describe('periodChoices', () => {
	it('lists each period once, oldest first', () => {
		expect(periodChoices([{ periodStart: '2024-05-01' }, { periodStart: '2024-04-01' }, { periodStart: '2024-05-01' }])).toEqual(['2024-04-01', '2024-05-01']);
	});
});

describe('pdsaDefaults', () => {
	const cycle = {
		id: '7',
		sequence: 1,
		changeIdea: 'Same-day triage',
		plan: 'Duty worker triages',
		do: 'Ran for a month',
		study: '',
		act: '',
		decision: null,
		startedOn: '2024-10-01',
		endedOn: null,
		measures: [{ id: '3', name: 'Days to first contact' }]
	} satisfies PdsaCycle;

	it('starts a new cycle today, undecided, with no measure ticked', () => {
		expect(pdsaDefaults(null, false, '2025-06-15')).toEqual({
			fields: { changeIdea: '', plan: '', doNotes: '', study: '', act: '', startedOn: '2025-06-15', endedOn: '', decision: '', showOnServiceCharts: '' },
			measureIds: []
		});
	});

	it('shows a recorded cycle as its form sends it: "do" as doNotes, no end or decision as empty, its measures ticked', () => {
		expect(pdsaDefaults(cycle, true, '2025-06-15')).toEqual({
			fields: {
				changeIdea: 'Same-day triage',
				plan: 'Duty worker triages',
				doNotes: 'Ran for a month',
				study: '',
				act: '',
				startedOn: '2024-10-01',
				endedOn: '',
				decision: '',
				showOnServiceCharts: 'on'
			},
			measureIds: ['3']
		});
	});

	it('keeps a decision and an end date', () => {
		const decided = pdsaDefaults({ ...cycle, decision: 'ADOPT', endedOn: '2024-11-01' }, false, '2025-06-15');
		expect(decided.fields).toMatchObject({ decision: 'ADOPT', endedOn: '2024-11-01', showOnServiceCharts: '' });
	});
});

describe('measureDefaults', () => {
	it('starts a new measure as an XmR chart where higher is better', () => {
		expect(measureDefaults(null)).toEqual({ name: '', definition: '', unit: '', direction: 'INCREASE', target: '', chart: 'XMR' });
	});

	it('shows a saved measure, its target as typed and no target as empty', () => {
		const measure = { name: 'Falls', definition: 'Days between falls', unit: 'days', direction: 'INCREASE', target: 30, chart: 'T' } as const;
		expect(measureDefaults(measure)).toEqual({
			name: 'Falls',
			definition: 'Days between falls',
			unit: 'days',
			direction: 'INCREASE',
			target: '30',
			chart: 'T'
		});
		expect(measureDefaults({ ...measure, target: null }).target).toBe('');
	});
});
