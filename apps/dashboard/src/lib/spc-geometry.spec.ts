import { describe, expect, it } from 'vitest';
import { bandPath, linePath } from './spc-geometry';

const identity = (value: number) => value;
const tenApart = (index: number) => index * 10;

describe('linePath', () => {
	it('joins coordinates and breaks at nulls', () => {
		expect(linePath([{ x: 0, y: 5 }, { x: 10, y: 6 }, null, { x: 30, y: 7 }, { x: 40, y: 8 }])).toBe('M0,5L10,6M30,7L40,8');
	});

	it('draws a lone coordinate as a short flat tick', () => {
		expect(linePath([{ x: 20, y: 3 }], 8)).toBe('M16,3H24');
	});

	it('rounds to two decimals', () => {
		expect(
			linePath([
				{ x: 1 / 3, y: 2 / 3 },
				{ x: 1, y: 1 }
			])
		).toBe('M0.33,0.67L1,1');
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
