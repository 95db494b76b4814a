import type { HeadlineKind, OutcomeTimepoint } from '$lib/graphql/graphql';
import type { HeadlineSummary, OutcomeHeadline } from '$lib/queries/outcomes.queries';
import { pairCountCells, pairCountColumns, pairCounts } from '$lib/outcomes/outcomes';
import { formatCi, formatPercent, formatSignedPercent } from '$lib/ui/format';
import type { TableModel } from '$lib/ui/table-model';

/**
 * What each kind of headline states (docs/methods.md, "Outcome headlines"), in the users' words.
 * None names a timepoint: the one the figures use is the API's pairing, shown beside them.
 */
const HEADLINE_KIND_LABELS: Record<HeadlineKind, string> = {
	PERCENT_IMPROVED: '% of participants improved',
	RELATIVE_CHANGE: 'relative change in the group total',
	PERCENT_ACHIEVING: '% achieving the threshold'
};

export interface HeadlineTileModel {
	key: string;
	title: string;
	kindLabel: string;
	value: string;
	ci: string;
	counts: string;
	definition: string;
	reason: string | null;
}

/** Only a change carries a sign; a share never does. */
function formatEstimate(kind: HeadlineKind, value: number | null): string {
	return kind === 'RELATIVE_CHANGE' ? formatSignedPercent(value) : formatPercent(value);
}

export function headlineTile(headline: OutcomeHeadline, timepoint: OutcomeTimepoint): HeadlineTileModel {
	const format = (value: number) => formatEstimate(headline.kind, value);
	return {
		key: headline.key,
		title: headline.title,
		kindLabel: HEADLINE_KIND_LABELS[headline.kind],
		value: formatEstimate(headline.kind, headline.estimate),
		ci: formatCi(headline.lower, headline.upper, format),
		counts: pairCounts(headline, timepoint),
		definition: headline.definition,
		reason: headline.estimate === null ? (headline.reason ?? 'Not enough paired measurements') : null
	};
}

/**
 * Shares and relative changes in columns of their own, so a share is never written with a
 * sign; the column that does not apply to a headline is left blank, not suppressed.
 */
function estimateCells(headline: OutcomeHeadline): (number | string | null)[] {
	const figures = [headline.estimate, headline.lower, headline.upper];
	const blank = ['', '', ''];
	return headline.kind === 'RELATIVE_CHANGE' ? [...blank, ...figures] : [...figures, ...blank];
}

export function headlinesTable(summary: Pick<HeadlineSummary, 'timepoint' | 'headlines'>): TableModel {
	return {
		caption: 'Headline outcomes',
		columns: [
			{ label: 'Outcome', kind: 'text' },
			{ label: 'Kind', kind: 'text' },
			{ label: 'Share', kind: 'percent' },
			{ label: 'Share 95% CI lower', kind: 'percent' },
			{ label: 'Share 95% CI upper', kind: 'percent' },
			{ label: 'Relative change', kind: 'signedPercent' },
			{ label: 'Change 95% CI lower', kind: 'signedPercent' },
			{ label: 'Change 95% CI upper', kind: 'signedPercent' },
			...pairCountColumns(summary.timepoint)
		],
		rows: summary.headlines.map((headline) => [headline.title, HEADLINE_KIND_LABELS[headline.kind], ...estimateCells(headline), ...pairCountCells(headline)])
	};
}
