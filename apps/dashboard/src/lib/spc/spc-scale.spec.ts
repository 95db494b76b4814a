import { describe, expect, it } from 'vitest';
import { extent, labelAnchor, labelledIndexes, linearScale } from './spc-scale';

describe('linearScale', () => {
	it('maps the domain onto the range, including a reversed range for y', () => {
		const y = linearScale([0, 100], [300, 100]);
		expect(y(0)).toBe(300);
		expect(y(50)).toBe(200);
		expect(y(100)).toBe(100);
	});

	it('puts everything in the middle of the range when the domain has no width', () => {
		expect(linearScale([5, 5], [0, 200])(5)).toBe(100);
	});
});

describe('extent', () => {
	it('ignores nulls and non-finite numbers', () => {
		expect(extent([3, null, -1, undefined, Number.NaN, 7])).toEqual([-1, 7]);
	});

	it('is null with nothing to measure', () => {
		expect(extent([null, undefined])).toBeNull();
	});
});

describe('labelledIndexes', () => {
	it('labels every category when there is room', () => {
		expect(labelledIndexes(4, 300, 50)).toEqual([0, 1, 2, 3]); // 100 px apart
	});

	it('labels every n-th category so labels stay apart', () => {
		// 12 points over 220 px are 20 px apart; 70 px needs every 4th
		expect(labelledIndexes(12, 220, 70)).toEqual([0, 4, 8]);
	});

	it('handles one and no categories', () => {
		expect(labelledIndexes(1, 100, 70)).toEqual([0]);
		expect(labelledIndexes(0, 100, 70)).toEqual([]);
	});
});

describe('labelAnchor', () => {
	it('centres a label unless it would run off an edge', () => {
		expect(labelAnchor(10, 400, 30)).toBe('start');
		expect(labelAnchor(200, 400, 30)).toBe('middle');
		expect(labelAnchor(390, 400, 30)).toBe('end');
	});
});
