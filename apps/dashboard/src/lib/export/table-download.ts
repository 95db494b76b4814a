/**
 * A chart's table (the rows of "Show as table") as a download: same rows, values at their
 * column's precision, and a Value note naming the cells left empty.
 */
import type { ColumnKind, TableModel } from '$lib/ui/table-model';
import type { Download, DownloadMeta, ValueType } from './download';

const VALUE_TYPES: Record<ColumnKind, ValueType> = {
	text: 'text',
	count: 'count',
	percent: 'percent',
	signedPercent: 'percent',
	decimal: 'decimal',
	ratio: 'ratio'
};

/**
 * A table's null number is withheld or not computable, and the table cannot say which; under
 * exact figures nothing is withheld, so the note can be plain.
 */
function valueNote(emptyColumns: string[], exact: boolean): string {
	if (emptyColumns.length === 0) return '';
	return `${exact ? 'Not computable' : 'Suppressed (fewer than 8) or not computable'}: ${emptyColumns.join(', ')}`;
}

export function tableDownload(model: TableModel, meta: DownloadMeta, exact: boolean): Download {
	const columns = model.columns.map((column) => ({ label: column.label, type: VALUE_TYPES[column.kind] }));
	return {
		meta,
		columns,
		rows: model.rows.map((row) => {
			const empty = row.flatMap((cell, index) => (columns[index].type !== 'text' && (cell === null || cell === '*') ? [columns[index].label] : []));
			return { cells: row.map((cell, index) => (columns[index].type !== 'text' && cell === '*' ? null : cell)), valueNote: valueNote(empty, exact) };
		})
	};
}
