/**
 * The page's current choices that every download on it carries: the period and the filters in
 * words. A page sets them once; each Download CSV button reads them when clicked, so the file
 * names what the reader was looking at then.
 */
import { getContext, setContext } from 'svelte';
import type { FilterChoice } from './download';

export interface ExportScope {
	period: string;
	filters: FilterChoice[];
}

const KEY = Symbol('export-scope');

/** What a download says when its page sets no scope: every period, no filters. */
const WHOLE_HUB: ExportScope = { period: 'All periods', filters: [] };

type ScopeReader = () => ExportScope | Promise<ExportScope>;

/**
 * Called in a page's script; `scope` is read on each download, so it follows the page's state,
 * and may wait for streamed filter options to name a programme rather than give its id.
 */
export function setExportScope(scope: ScopeReader): void {
	setContext(KEY, scope);
}

/** Called in a component's script; returns a reader of the scope in force. */
export function useExportScope(): () => Promise<ExportScope> {
	const scope = getContext<ScopeReader | undefined>(KEY);
	return async () => (scope ? scope() : WHOLE_HUB);
}
