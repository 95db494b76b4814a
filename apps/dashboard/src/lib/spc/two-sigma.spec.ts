import { describe, expect, it } from 'vitest';
import { twoSigmaShown, withTwoSigma } from './two-sigma';

describe('the 2σ lines in the URL', () => {
	it('switches one chart on and off, keeping the filter and the other charts', () => {
		const on = withTwoSigma(new URL('http://hub/communities?fy=all&twoSigma=bame-share'), 'referrals-per-month', true);
		expect(on.search).toBe('?fy=all&twoSigma=bame-share&twoSigma=referrals-per-month');
		expect(twoSigmaShown(on.searchParams, 'referrals-per-month')).toBe(true);
		const off = withTwoSigma(on, 'bame-share', false);
		expect(off.search).toBe('?fy=all&twoSigma=referrals-per-month');
		expect(twoSigmaShown(off.searchParams, 'bame-share')).toBe(false);
	});
});
