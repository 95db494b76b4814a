/**
 * What each status badge says: a KPI's RAG rating, a QI project's stage and its service-user
 * involvement. One Badge component draws them all, so they share one look and one way of
 * being read aloud (the symbol is decoration; the words carry the meaning).
 */
import type { RagStatus } from '$lib/graphql/graphql';
import { ragLabel, ragShortLabel } from '$lib/contract/kpi-quarters';
import { involvementLabel, involvementMeaning, statusLabel } from '$lib/qi/qi-portfolio';
import type { InvolvementLevel, QiProjectStatus } from '$lib/graphql/graphql';

export type BadgeTone = 'green' | 'amber' | 'red' | 'blank' | 'sky' | 'grey' | 'teal' | 'teal-outline';

export interface BadgeSpec {
	testid: string;
	tone: BadgeTone;
	/** A tag is square-cornered, a pill round; a compact badge fits in a row of badges. */
	shape: 'tag' | 'pill' | 'compact';
	/** A symbol drawn before the words and hidden from screen readers. */
	symbol: string | null;
	/** The words shown. */
	label: string;
	/** Read instead of `label` where the label is too short to be understood aloud. */
	spoken: string | null;
	/** Read after `label` (hidden on screen), to explain it. */
	explained: string | null;
	title: string | null;
	data: Record<string, string>;
}

const RAG_SYMBOLS: Record<RagStatus, string> = { GREEN: '✓', AMBER: '!', RED: '✕' };
const RAG_TONES: Record<RagStatus, BadgeTone> = { GREEN: 'green', AMBER: 'amber', RED: 'red' };

/** A KPI's RAG rating; `period` names the quarter where the badge stands in a row of quarters. */
export function ragBadge(rag: RagStatus | null, period: string | null = null): BadgeSpec {
	const title = period ? `${period}: ${ragLabel(rag)}` : ragLabel(rag);
	return {
		testid: 'kpi-rag',
		tone: rag ? RAG_TONES[rag] : 'blank',
		shape: 'tag',
		symbol: rag ? RAG_SYMBOLS[rag] : '–',
		label: ragLabel(rag),
		spoken: null,
		explained: null,
		title,
		data: { rag: rag ?? 'NONE' }
	};
}

/** The same rating as a letter, for the last quarters shown side by side. */
export function compactRagBadge(rag: RagStatus | null, period: string): BadgeSpec {
	return {
		...ragBadge(rag, period),
		shape: 'compact',
		label: rag ? rag.charAt(0) : '',
		spoken: `${period}: ${ragShortLabel(rag)}`
	};
}

export function qiStatusBadge(status: QiProjectStatus): BadgeSpec {
	return {
		testid: 'qi-status',
		tone: status === 'CLOSED' ? 'grey' : 'sky',
		shape: 'tag',
		symbol: null,
		label: statusLabel(status),
		spoken: null,
		explained: null,
		title: null,
		data: {}
	};
}

const INVOLVEMENT_LOOKS: Record<InvolvementLevel, { tone: BadgeTone; symbol: string }> = {
	BIG_I: { tone: 'teal', symbol: '●' },
	LITTLE_I: { tone: 'teal-outline', symbol: '◐' },
	NONE: { tone: 'blank', symbol: '○' }
};

export function involvementBadge(level: InvolvementLevel): BadgeSpec {
	return {
		testid: 'qi-involvement-badge',
		...INVOLVEMENT_LOOKS[level],
		shape: 'pill',
		label: level === 'NONE' ? 'No involvement' : involvementLabel(level),
		spoken: null,
		explained: `: ${involvementMeaning(level)}`,
		title: involvementMeaning(level),
		data: { level }
	};
}
