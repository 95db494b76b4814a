/**
 * Which charts show their 2σ lines, kept in the URL (`?twoSigma=referrals-per-month`, once per
 * chart) so a reload or a shared link shows the same lines.
 */
const KEY = 'twoSigma';

export function twoSigmaShown(params: URLSearchParams, chartId: string): boolean {
	return params.getAll(KEY).includes(chartId);
}

/** The URL with the chart's 2σ lines switched on or off, every other parameter kept. */
export function withTwoSigma(url: URL, chartId: string, shown: boolean): URL {
	const next = new URL(url);
	const others = next.searchParams.getAll(KEY).filter((id) => id !== chartId);
	next.searchParams.delete(KEY);
	for (const id of shown ? [...others, chartId] : others) next.searchParams.append(KEY, id);
	return next;
}
