import { describe, expect, it } from 'vitest';
import { ciExtent, type CiRow } from './ci-rows';

const row = (estimate: number | null, lower: number | null, upper: number | null): CiRow => ({
	key: String(estimate),
	label: 'Group',
	estimate,
	lower,
	upper,
	flagged: false,
	flagLabel: null,
	description: []
});

describe('ciExtent', () => {
	it('covers every limit and the reference with 5% room: 0.2 to 1.2 widens by 0.05', () => {
		const [min, max] = ciExtent([row(0.5, 0.2, 0.9)], 1.2);
		expect([min, max].map((value) => Number(value.toFixed(6)))).toEqual([0.15, 1.25]);
	});

	it('ignores suppressed rows', () => {
		const [min, max] = ciExtent([row(null, null, null), row(2, 1, 3)], null);
		expect([min, max].map((value) => Number(value.toFixed(6)))).toEqual([0.9, 3.1]);
	});

	it('falls back to 0–1 with nothing to draw', () => {
		expect(ciExtent([], null)).toEqual([0, 1]);
	});
});
