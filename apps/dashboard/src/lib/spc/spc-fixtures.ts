/** Builders for SPC points and charts in the specs; every field has a plain default. */
import type { SpcChart, SpcPoint } from '$lib/queries/analytics.fragments';

export function spcPoint(overrides: Partial<SpcPoint> = {}): SpcPoint {
	return {
		period: '2024-01-01',
		label: 'Jan 2024',
		value: 10,
		mean: 10,
		upperLimit: 16,
		lowerLimit: 4,
		upperTwoSigma: 14,
		lowerTwoSigma: 6,
		specialCause: null,
		rules: [],
		ghosted: false,
		rebase: false,
		lower: null,
		upper: null,
		numerator: null,
		denominator: null,
		annotations: [],
		pdsaCycles: [],
		...overrides
	};
}

export function spcChart(points: SpcPoint[], overrides: Partial<Omit<SpcChart, 'points'>> = {}): SpcChart {
	return { kind: 'XMR', direction: 'INCREASE', target: null, variation: 'COMMON_CAUSE', assurance: null, reason: null, definition: null, points, ...overrides };
}
