/**
 * File names that say what a download holds: the figure, the period and the filters, e.g.
 * referrals-per-month_2024-25_programme-falls-prevention.csv. Parts are joined with "_" and
 * words with "-", so each part can be read back.
 */
import type { FilterChoice } from './download';

/** Longest the filters part may be; beyond it, whole filters are dropped and counted. */
const MAX_FILTERS_LENGTH = 60;

/** Lower case, hyphens between words, only a-z and 0-9; `keepCase` for codes such as WB-2023. */
export function fileSlug(text: string, keepCase = false): string {
	return (keepCase ? text : text.toLowerCase()).replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function filterSlug(filter: FilterChoice): string {
	// More than two values are counted rather than named, so one filter never swamps the name.
	const values = filter.values.length > 2 ? `${filter.values.length}-chosen` : filter.values.join(' ');
	return fileSlug(`${filter.label} ${values}`);
}

/** The filters part, shortened to whole filters and "and-N-more" when long; empty without filters. */
export function filtersSlug(filters: readonly FilterChoice[]): string {
	const slugs = filters.map(filterSlug).filter(Boolean);
	const kept: string[] = [];
	for (const [index, slug] of slugs.entries()) {
		const rest = slugs.length - index - 1;
		const tail = rest > 0 ? `_and-${rest}-more` : '';
		if ([...kept, slug].join('_').length + tail.length > MAX_FILTERS_LENGTH) break;
		kept.push(slug);
	}
	// A single filter too long on its own is cut at a word rather than dropped.
	if (kept.length === 0 && slugs.length === 1) return slugs[0].slice(0, MAX_FILTERS_LENGTH).replace(/-[^-]*$/, '');
	const dropped = slugs.length - kept.length;
	return dropped > 0 ? [...kept, `and-${dropped}-more`].join('_') : kept.join('_');
}

/** "Referrals per month", "2024-25", [Programme: Falls prevention] → "referrals-per-month_2024-25_programme-falls-prevention.csv". */
export function downloadFileName(title: string, period: string, filters: readonly FilterChoice[], extension = 'csv'): string {
	const parts = [fileSlug(title) || 'data', fileSlug(period), filtersSlug(filters)].filter(Boolean);
	return `${parts.join('_')}.${extension}`;
}
