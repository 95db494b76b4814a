import { describe, expect, it } from 'vitest';
import type { TableModel } from '$lib/ui/table-model';
import { downloadTable } from './download';
import { downloadMeta } from './download.fixture';
import { tableDownload } from './table-download';

const model: TableModel = {
	caption: 'Uptake',
	columns: [
		{ label: 'Group', kind: 'text' },
		{ label: 'Referrals', kind: 'count' },
		{ label: 'Share', kind: 'percent' },
		{ label: 'Ratio', kind: 'ratio' }
	],
	rows: [
		['Asian', 1235, 0.7534883720930232, 0.93456],
		['=Other', null, null, '*']
	]
};

describe('tableDownload', () => {
	it('writes the table rows at their precision, the percent unit in the header', () => {
		const [header, first] = downloadTable(tableDownload(model, downloadMeta(), false));
		expect(header.slice(3, 8)).toEqual(['Group', 'Referrals', 'Share (%)', 'Ratio', 'Value note']);
		expect(first.slice(3, 8)).toEqual(['Asian', '1235', '75.3', '0.93', '']);
	});

	it('leaves withheld numbers empty and names them in the value note', () => {
		const [, , second] = downloadTable(tableDownload(model, downloadMeta(), false));
		expect(second.slice(3, 8)).toEqual(['=Other', '', '', '', 'Suppressed (fewer than 8) or not computable: Referrals, Share, Ratio']);
	});

	it('says only "not computable" under exact figures, where nothing is withheld', () => {
		const [, , second] = downloadTable(tableDownload(model, downloadMeta(), true));
		expect(second[7]).toBe('Not computable: Referrals, Share, Ratio');
	});
});
