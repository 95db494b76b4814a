/**
 * The referral funnel: received → assessed → started → completed. The API gives each
 * referral's current status (aggregate REFERRALS by STATUS); a referral counts at every stage
 * it has reached, so "started" is everyone started, completed or dropped out. Declined
 * referrals left before assessment, "did not start" after it, "dropped out" after starting.
 */
import type { AggregateResult } from './analytics.types';
import type { ReferralStatus } from './hub-api.types';
import type { TableModel } from './table-model';

type FunnelStageKey = 'RECEIVED' | 'ASSESSED' | 'STARTED' | 'COMPLETED';

interface FunnelStage {
	key: FunnelStageKey;
	label: string;
	count: number | null;
	/** Share of the previous stage that reached this one; null for the first stage. */
	ofPrevious: number | null;
	/** Referrals lost between the previous stage and this one. */
	lostFromPrevious: number | null;
}

interface FunnelEnding {
	label: string;
	count: number | null;
}

export interface ReferralFunnel {
	stages: FunnelStage[];
	endings: FunnelEnding[];
}

const REACHED: Record<FunnelStageKey, { label: string; statuses: ReferralStatus[] }> = {
	RECEIVED: {
		label: 'Received',
		statuses: ['RECEIVED', 'ASSESSED', 'STARTED', 'COMPLETED', 'DECLINED', 'DID_NOT_START', 'DROPPED_OUT']
	},
	ASSESSED: { label: 'Assessed', statuses: ['ASSESSED', 'STARTED', 'COMPLETED', 'DID_NOT_START', 'DROPPED_OUT'] },
	STARTED: { label: 'Started', statuses: ['STARTED', 'COMPLETED', 'DROPPED_OUT'] },
	COMPLETED: { label: 'Completed', statuses: ['COMPLETED'] }
};

const ENDINGS: { label: string; statuses: ReferralStatus[] }[] = [
	{ label: 'Declined before assessment', statuses: ['DECLINED'] },
	{ label: 'Did not start after assessment', statuses: ['DID_NOT_START'] },
	{ label: 'Dropped out after starting', statuses: ['DROPPED_OUT'] },
	{ label: 'Still in progress', statuses: ['RECEIVED', 'ASSESSED', 'STARTED'] }
];

/** Referrals per status; a status the API left out had none, a suppressed one is null. */
export function referralsByStatus(result: AggregateResult): Map<string, number | null> {
	const counts = new Map<string, number | null>();
	for (const row of result.rows) {
		// The API keys a status by its stored code ('did_not_start'); the funnel speaks enum names.
		const status = row.dimensions.find((dimension) => dimension.dimension === 'STATUS')?.key.toUpperCase();
		const referrals = row.values.find((value) => value.measure === 'REFERRALS');
		if (status && referrals) counts.set(status, referrals.suppressed ? null : referrals.value);
	}
	return counts;
}

/** The sum of some statuses; unknown (null) when any of them is suppressed. */
function sumStatuses(counts: Map<string, number | null>, statuses: readonly ReferralStatus[]): number | null {
	let total = 0;
	for (const status of statuses) {
		const count = counts.has(status) ? counts.get(status)! : 0;
		if (count === null) return null;
		total += count;
	}
	return total;
}

export function referralFunnel(result: AggregateResult): ReferralFunnel {
	const counts = referralsByStatus(result);
	const stages: FunnelStage[] = [];
	for (const key of Object.keys(REACHED) as FunnelStageKey[]) {
		const count = sumStatuses(counts, REACHED[key].statuses);
		const previous = stages.at(-1)?.count ?? null;
		const comparable = previous !== null && count !== null;
		stages.push({
			key,
			label: REACHED[key].label,
			count,
			ofPrevious: comparable && previous > 0 ? count / previous : null,
			lostFromPrevious: comparable ? previous - count : null
		});
	}
	const endings = ENDINGS.map((ending) => ({ label: ending.label, count: sumStatuses(counts, ending.statuses) }));
	return { stages, endings };
}

export function funnelTable(funnel: ReferralFunnel): TableModel {
	return {
		caption: 'Referral funnel',
		columns: [
			{ label: 'Stage', kind: 'text' },
			{ label: 'Referrals', kind: 'count' },
			{ label: 'Share of previous stage', kind: 'percent' },
			{ label: 'Lost since previous stage', kind: 'count' }
		],
		rows: funnel.stages.map((stage, index) => [
			stage.label,
			stage.count,
			index === 0 ? '' : stage.ofPrevious,
			index === 0 ? '' : stage.lostFromPrevious
		])
	};
}
