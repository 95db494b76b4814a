import type { HeadlineKind } from '$lib/graphql/graphql';
import type { OutcomeHeadline } from '$lib/queries/outcomes.queries';
import { formatCi, formatPercent, formatSignedPercent, formatSuppressed } from '$lib/ui/format';
import type { TableModel } from '$lib/ui/table-model';

/** What each kind of headline states (docs/methods.md, "Outcome headlines"), in the users' words. */
const HEADLINE_KIND_LABELS: Record<HeadlineKind, string> = {
	PERCENT_IMPROVED: '% of participants improved',
	RELATIVE_CHANGE: 'relative change in the group total',
	PERCENT_ACHIEVING: '% achieving the threshold at follow-up'
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

function formatEstimate(kind: HeadlineKind, value: number | null): string {
	return kind === 'RELATIVE_CHANGE' ? formatSignedPercent(value) : formatPercent(value);
}

/** "312 pairs · 520 started · 415 completed", suppressed counts as "*". */
export function headlineCounts(headline: Pick<OutcomeHeadline, 'pairs' | 'starters' | 'completers'>): string {
	return `${formatSuppressed(headline.pairs)} pairs · ${formatSuppressed(headline.starters)} started · ${formatSuppressed(headline.completers)} completed`;
}

export function headlineTile(headline: OutcomeHeadline): HeadlineTileModel {
	const format = (value: number) => formatEstimate(headline.kind, value);
	return {
		key: headline.key,
		title: headline.title,
		kindLabel: HEADLINE_KIND_LABELS[headline.kind],
		value: formatEstimate(headline.kind, headline.estimate),
		ci: formatCi(headline.lower, headline.upper, format),
		counts: headlineCounts(headline),
		definition: headline.definition,
		reason: headline.estimate === null ? (headline.reason ?? 'Not enough paired measurements') : null
	};
}

export function headlinesTable(headlines: readonly OutcomeHeadline[]): TableModel {
	return {
		caption: 'Headline outcomes',
		columns: [
			{ label: 'Outcome', kind: 'text' },
			{ label: 'Kind', kind: 'text' },
			{ label: 'Estimate', kind: 'signedPercent' },
			{ label: '95% CI lower', kind: 'signedPercent' },
			{ label: '95% CI upper', kind: 'signedPercent' },
			{ label: 'Pairs', kind: 'count' },
			{ label: 'Starters', kind: 'count' },
			{ label: 'Completers', kind: 'count' }
		],
		rows: headlines.map((headline) => [
			headline.title,
			HEADLINE_KIND_LABELS[headline.kind],
			headline.estimate,
			headline.lower,
			headline.upper,
			headline.pairs,
			headline.starters,
			headline.completers
		])
	};
}
