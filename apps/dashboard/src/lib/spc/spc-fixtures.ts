/** Builders for SPC points and charts in the specs; every field has a plain default. */
import type { SpcChart, SpcMarker, SpcPoint } from '$lib/queries/analytics.fragments';

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
		conflict: false,
		ghosted: false,
		rebase: false,
		lower: null,
		upper: null,
		numerator: null,
		denominator: null,
		...overrides
	};
}

export function spcChart(points: SpcPoint[], overrides: Partial<Omit<SpcChart, 'points'>> = {}): SpcChart {
	return {
		kind: 'XMR',
		direction: 'INCREASE',
		target: null,
		variation: 'COMMON_CAUSE',
		assurance: null,
		reason: null,
		definition: null,
		points,
		markers: [],
		suggestedRebase: null,
		...overrides
	};
}

export function spcMarker(overrides: Partial<SpcMarker> = {}): SpcMarker {
	return {
		kind: 'PDSA_CYCLE',
		mark: '1',
		date: '2024-01-05',
		dateLabel: '5 Jan 2024',
		pointIndex: 0,
		text: 'PDSA cycle 1 started: Text reminders',
		...overrides
	};
}
