import { describe, expect, it } from 'vitest';
import { decisionLabel, directionLabel, involvementPeriods, sortedAnnotations, sortedCycles } from './qi-project';

describe('PDSA cycles', () => {
	it('orders cycles by number', () => {
		expect(sortedCycles([{ sequence: 3 }, { sequence: 1 }, { sequence: 2 }]).map((cycle) => cycle.sequence)).toEqual([1, 2, 3]);
	});

	it('writes the decision, or that none is made yet', () => {
		expect(decisionLabel('ADAPT')).toBe('Adapt: change it and test again');
		expect(decisionLabel(null)).toBe('Not decided yet');
	});
});

describe('involvementPeriods', () => {
	it('turns the changes into periods that end when the next level starts', () => {
		expect(
			involvementPeriods([
				{ effectiveOn: '2022-10-03', level: 'BIG_I' },
				{ effectiveOn: '2021-05-04', level: 'NONE' }
			])
		).toEqual([
			{ level: 'NONE', from: '2021-05-04', until: '2022-10-03' },
			{ level: 'BIG_I', from: '2022-10-03', until: null }
		]);
	});
});

describe('notes and directions', () => {
	it('orders notes oldest first', () => {
		expect(sortedAnnotations([{ notedOn: '2023-11-20' }, { notedOn: '2021-05-04' }]).map((note) => note.notedOn)).toEqual(['2021-05-04', '2023-11-20']);
	});

	it('says which way is better', () => {
		expect(directionLabel('DECREASE')).toBe('Lower is better');
		expect(directionLabel('NEITHER')).toBe('Neither direction is better');
	});
});
