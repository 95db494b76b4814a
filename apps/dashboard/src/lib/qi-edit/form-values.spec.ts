import { describe, expect, it } from 'vitest';
import { kept, keptChecked, keptList, keptValues, optionalNumber, todayInHub } from './form-values';

function formOf(entries: [string, string][]): FormData {
	const form = new FormData();
	for (const [name, value] of entries) form.append(name, value);
	return form;
}

describe('keptValues', () => {
	it('keeps single fields as text and repeated ones as a list', () => {
		const values = keptValues(
			formOf([
				['title', 'Faster triage'],
				['measureIds', '1'],
				['measureIds', '2']
			])
		);
		expect(values).toEqual({ title: 'Faster triage', measureIds: ['1', '2'] });
	});
});

describe('kept', () => {
	it('gives what was typed, even empty, over the fallback', () => {
		expect(kept({ title: '' }, 'title', 'Saved title')).toBe('');
	});

	it('gives the fallback when nothing was sent', () => {
		expect(kept(null, 'title', 'Saved title')).toBe('Saved title');
	});
});

describe('keptList', () => {
	it('reads one ticked box as a list of one', () => {
		expect(keptList({ measureIds: '3' }, 'measureIds', [])).toEqual(['3']);
	});

	it('reads no ticked box in a sent form as none, not the fallback', () => {
		expect(keptList({ title: 'x' }, 'measureIds', ['1'])).toEqual([]);
	});
});

describe('keptChecked', () => {
	it('shows the saved state until the form is sent', () => {
		expect(keptChecked(null, 'showOnServiceCharts', true)).toBe(true);
		expect(keptChecked(null, 'showOnServiceCharts', false)).toBe(false);
	});

	it('shows the box as sent: an unticked box sends nothing, so it stays unticked', () => {
		expect(keptChecked({ changeIdea: 'x' }, 'showOnServiceCharts', true)).toBe(false);
		expect(keptChecked({ showOnServiceCharts: 'on' }, 'showOnServiceCharts', false)).toBe(true);
	});
});

describe('optionalNumber', () => {
	it('is null when empty and NaN when not a number', () => {
		expect(optionalNumber(formOf([['target', ' ']]), 'target')).toBeNull();
		expect(optionalNumber(formOf([['target', 'ten']]), 'target')).toBeNaN();
		expect(optionalNumber(formOf([['target', '12.5']]), 'target')).toBe(12.5);
	});
});

describe('todayInHub', () => {
	it('is the London date, a day ahead of UTC just after midnight in summer', () => {
		expect(todayInHub(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
		expect(todayInHub(new Date('2025-01-31T23:30:00Z'))).toBe('2025-01-31');
	});
});
