/** The referral funnel's table view; the figures come shaped from the API (referralFunnel). */
import type { ReferralFunnel } from '$lib/queries/referral-funnel.queries';
import type { TableModel } from '$lib/ui/table-model';

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
			stage.referrals,
			index === 0 ? '' : (stage.ofPrevious?.estimate ?? null),
			index === 0 ? '' : stage.lostFromPrevious
		])
	};
}
