import { describe, expect, it } from 'vitest';
import { spcPoint } from './spc-fixtures';
import {
	bandPath,
	limitSegments,
	linePath,
	rebaseIndexes,
	segmentPath,
	spcValueRange,
	targetPath,
	targetsPerPoint,
	valuePath
} from './spc-geometry';

const identity = (value: number) => value;
const tenApart = (index: number) => index * 10;

describe('limitSegments', () => {
	it('is one segment when nothing is rebased', () => {
		expect(limitSegments([{ rebase: false }, { rebase: false }, { rebase: false }])).toEqual([{ start: 0, end: 2 }]);
	});

	it('breaks the limits at each rebase point', () => {
		const points = [false, false, true, false, true, false].map((rebase) => ({ rebase }));
		expect(limitSegments(points)).toEqual([
			{ start: 0, end: 1 },
			{ start: 2, end: 3 },
			{ start: 4, end: 5 }
		]);
	});

	it('ignores a rebase flag on the first point, which starts a segment anyway', () => {
		expect(limitSegments([{ rebase: true }, { rebase: false }])).toEqual([{ start: 0, end: 1 }]);
		expect(rebaseIndexes([{ rebase: true }, { rebase: false }, { rebase: true }])).toEqual([2]);
	});

	it('is empty for no points', () => {
		expect(limitSegments([])).toEqual([]);
	});
});

describe('linePath', () => {
	it('joins coordinates and breaks at nulls', () => {
		expect(linePath([{ x: 0, y: 5 }, { x: 10, y: 6 }, null, { x: 30, y: 7 }, { x: 40, y: 8 }])).toBe('M0,5L10,6M30,7L40,8');
	});

	it('draws a lone coordinate as a short flat tick', () => {
		expect(linePath([{ x: 20, y: 3 }], 8)).toBe('M16,3H24');
	});

	it('rounds to two decimals', () => {
		expect(linePath([{ x: 1 / 3, y: 2 / 3 }, { x: 1, y: 1 }])).toBe('M0.33,0.67L1,1');
	});
});

describe('segmentPath', () => {
	it('draws one line across its own segment only', () => {
		const points = [
			spcPoint({ upperLimit: 16 }),
			spcPoint({ upperLimit: 16 }),
			spcPoint({ upperLimit: 12, rebase: true }),
			spcPoint({ upperLimit: 12 })
		];
		const [first, second] = limitSegments(points);
		expect(segmentPath(points, first, 'upperLimit', tenApart, identity)).toBe('M0,16L10,16');
		expect(segmentPath(points, second, 'upperLimit', tenApart, identity)).toBe('M20,12L30,12');
	});
});

describe('valuePath', () => {
	it('breaks at missing (suppressed) values; a lone point is left to its marker', () => {
		const points = [{ value: 4 }, { value: null }, { value: 6 }, { value: 7 }];
		expect(valuePath(points, tenApart, identity)).toBe('M20,6L30,7');
	});
});

describe('spcValueRange', () => {
	const points = [spcPoint({ value: 9, upperTwoSigma: 30, lowerTwoSigma: -5 }), spcPoint({ value: 20 })];

	it('covers values, mean and process limits, and the target', () => {
		expect(spcValueRange(points, [25, null], false)).toEqual([4, 25]);
	});

	it('covers the 2σ lines only when they are shown', () => {
		expect(spcValueRange(points, [], true)).toEqual([-5, 30]);
	});
});

describe('targets', () => {
	it('repeats a single target, or uses per-period targets when they fit', () => {
		expect(targetsPerPoint(3, 5, undefined)).toEqual([5, 5, 5]);
		expect(targetsPerPoint(2, 5, [1, 2])).toEqual([1, 2]);
		expect(targetsPerPoint(2, null, [1])).toEqual([null, null]);
	});

	it('draws a stepped target that changes half-way between periods', () => {
		expect(targetPath([10, 10, 20], tenApart, identity)).toBe('M0,10L5,10L5,10L15,10L15,20L20,20');
	});

	it('breaks the target line where a period has none', () => {
		expect(targetPath([10, null, 20], tenApart, identity)).toBe('M0,10L5,10M15,20L20,20');
	});
});

describe('bandPath', () => {
	it('closes the band along the upper line and back along the lower', () => {
		const band = [
			{ lower: 1, upper: 5 },
			{ lower: 2, upper: 6 }
		];
		expect(bandPath(band, tenApart, identity)).toBe('M0,5L10,6L10,2L0,1Z');
	});

	it('splits the band where a limit is missing', () => {
		const band = [
			{ lower: 1, upper: 5 },
			{ lower: null, upper: null },
			{ lower: 2, upper: 6 }
		];
		expect(bandPath(band, tenApart, identity)).toBe('M0,5L0,1ZM20,6L20,2Z');
	});
});
