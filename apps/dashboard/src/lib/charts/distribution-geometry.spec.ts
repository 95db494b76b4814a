import { describe, expect, it } from 'vitest';
import { binGeometry } from './distribution-geometry';

describe('binGeometry', () => {
	it('splits the plot into equal bands with the bars side by side in each', () => {
		const bin = binGeometry(450, 9, 2);
		expect(bin.x).toBe(100);
		expect(bin.width).toBe(50);
		expect(bin.centre).toBe(125);
		expect(bin.beforeX).toBe(105);
		expect(bin.barWidth).toBeCloseTo(19);
		expect(bin.afterX).toBeCloseTo(124);
		expect(bin.ringX).toBe(101);
		expect(bin.ringWidth).toBe(48);
	});

	it('keeps the focus ring inside a band under 2 px wide instead of giving it a negative width', () => {
		// A 64 px chart less its 48 px of padding, with nine score ranges: the case Chromium hit.
		const bin = binGeometry(16, 9, 0);
		expect(bin.width).toBeCloseTo(16 / 9);
		expect(bin.ringWidth).toBe(0);
		expect(bin.ringX).toBeCloseTo(8 / 9);
	});

	it('keeps 1 px bars while they fit, and narrower bars inside the band when they do not', () => {
		expect(binGeometry(25, 10, 0).barWidth).toBe(1);
		const narrow = binGeometry(10, 10, 3);
		expect(narrow.barWidth).toBeCloseTo(0.45);
		expect(narrow.afterX + narrow.barWidth).toBeCloseTo(narrow.x + narrow.width);
	});

	it('draws nothing wide when the plot has no width or a negative one', () => {
		for (const plotWidth of [0, -32]) {
			const bin = binGeometry(plotWidth, 9, 4);
			expect([bin.x, bin.width, bin.barWidth, bin.ringWidth]).toEqual([0, 0, 0, 0]);
		}
	});

	it('gives no negative width for any plot width or number of ranges', () => {
		for (let plotWidth = -50; plotWidth <= 120; plotWidth += 0.5) {
			for (const count of [0, 1, 4, 9, 20]) {
				for (let index = 0; index < Math.max(count, 1); index++) {
					const bin = binGeometry(plotWidth, count, index);
					expect(Math.min(bin.width, bin.barWidth, bin.ringWidth)).toBeGreaterThanOrEqual(0);
					expect(bin.afterX + bin.barWidth).toBeLessThanOrEqual(bin.x + bin.width + 1e-9);
				}
			}
		}
	});
});
