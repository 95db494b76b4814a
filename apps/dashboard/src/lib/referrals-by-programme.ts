import type { ProgrammeReferralCount } from './queries/referrals.queries';
import type { TableModel } from './table-model';

export interface ProgrammeReferrals {
	programmeId: string;
	/** The programme name, with its service added when two programmes share a name. */
	label: string;
	serviceName: string;
	/** Rounded to 5; null when withheld (1–7 referrals), shown as "*". */
	count: number | null;
}

function labelsFor(counts: readonly ProgrammeReferralCount[]): Map<string, string> {
	const nameUses = new Map<string, number>();
	for (const { programme } of counts) nameUses.set(programme.name, (nameUses.get(programme.name) ?? 0) + 1);
	return new Map(
		counts.map(({ programme }) => [programme.id, (nameUses.get(programme.name) ?? 0) > 1 ? `${programme.name} (${programme.service.name})` : programme.name])
	);
}

/** The programmes in the order the API ranks them (largest published count first), labelled for the chart. */
export function programmeReferrals(counts: readonly ProgrammeReferralCount[]): ProgrammeReferrals[] {
	const labels = labelsFor(counts);
	return counts.map(({ programme, count }) => ({
		programmeId: programme.id,
		label: labels.get(programme.id) ?? programme.name,
		serviceName: programme.service.name,
		count
	}));
}

export function programmeReferralsTable(programmes: readonly ProgrammeReferrals[]): TableModel {
	return {
		caption: 'Referrals by programme',
		columns: [
			{ label: 'Programme', kind: 'text' },
			{ label: 'Service', kind: 'text' },
			{ label: 'Referrals', kind: 'count' }
		],
		rows: programmes.map((programme) => [programme.label, programme.serviceName, programme.count])
	};
}
