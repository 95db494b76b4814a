/** Two KPI reports for tests: a share with four quarters (the last withheld) and one with a quarter not reported. */
import type { KpiQuarter, KpiReport } from '$lib/queries/contract.queries';
import { spcChart, spcPoint } from '$lib/spc/spc-fixtures';

export function quarter(
	periodStart: string,
	label: string,
	actual: number | null,
	target: number,
	rag: KpiQuarter['rag'],
	reason: string | null = null,
	suppressed = false,
	counts: Partial<Pick<KpiQuarter, 'numerator' | 'denominator'>> = {}
): KpiQuarter {
	return { periodStart, label, actual, target, rag, reason, suppressed, numerator: null, denominator: null, ...counts };
}

export const share: KpiReport = {
	kpi: {
		id: '6',
		code: 'bame-share',
		name: 'BAME referrals',
		description: 'Share of referrals.',
		unit: 'PERCENT',
		direction: 'HIGHER',
		tolerance: 3,
		period: 'QUARTER'
	},
	quarters: [
		quarter('2024-01-01', 'Q4 2023/24', 41, 45, 'RED'),
		quarter('2024-04-01', 'Q1 2024/25', 43, 45, 'AMBER'),
		quarter('2024-07-01', 'Q2 2024/25', 46.5, 45, 'GREEN'),
		quarter('2024-10-01', 'Q3 2024/25', null, 45, null, 'fewer than 8 referrals', true)
	],
	spc: spcChart(
		[
			spcPoint({ period: '2024-01-01', value: 41 }),
			spcPoint({ period: '2024-04-01', value: 43 }),
			spcPoint({ period: '2024-07-01', value: 46.5 }),
			spcPoint({ period: '2024-10-01', value: null })
		],
		{ assurance: 'HIT_OR_MISS', variation: 'IMPROVEMENT_HIGH' }
	)
};

export const satisfaction: KpiReport = {
	kpi: { id: '8', code: 'satisfaction', name: 'Satisfaction', description: '', unit: 'PERCENT', direction: 'HIGHER', tolerance: 5, period: 'QUARTER' },
	quarters: [quarter('2024-07-01', 'Q2 2024/25', null, 90, null, 'not reported by the provider'), quarter('2024-10-01', 'Q3 2024/25', 93, 90, 'GREEN')],
	spc: spcChart([spcPoint({ period: '2024-07-01', value: null }), spcPoint({ period: '2024-10-01', value: 93 })])
};
