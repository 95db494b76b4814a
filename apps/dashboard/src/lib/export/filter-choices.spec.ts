import { describe, expect, it } from 'vitest';
import { NO_ANALYSIS_FILTER } from '$lib/filters/analysis-filter';
import { analysisFilterChoices, qiFilterChoices } from './filter-choices';

describe('analysisFilterChoices', () => {
	const filter = { ...NO_ANALYSIS_FILTER, programmeId: '3', wardCode: 'E05000001', sex: 'FEMALE' as const, financialYear: '2024/25' };

	it('names each filter by its option, leaving the period to its own column', () => {
		const options = { programmes: [{ value: '3', label: 'Falls prevention' }], wards: [{ value: 'E05000001', label: 'Abbey' }] };
		expect(analysisFilterChoices(filter, { ok: true, data: options })).toEqual([
			{ label: 'Programme', values: ['Falls prevention'] },
			{ label: 'Ward', values: ['Abbey'] },
			{ label: 'Sex', values: ['Female'] }
		]);
	});

	it('writes the value itself while the options are missing, never dropping a filter', () => {
		expect(analysisFilterChoices(filter, { ok: false, message: 'down' }).map((choice) => choice.values[0])).toEqual(['3', 'E05000001', 'Female']);
	});

	it('is empty without filters', () => {
		expect(analysisFilterChoices(NO_ANALYSIS_FILTER, null)).toEqual([]);
	});
});

describe('qiFilterChoices', () => {
	it('names the status and involvement chosen', () => {
		expect(qiFilterChoices({ status: 'TESTING', involvement: 'BIG_I' })).toEqual([
			{ label: 'Status', values: ['Testing changes'] },
			{ label: 'Involvement', values: ['Big I'] }
		]);
	});
});
