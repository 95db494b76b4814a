import { describe, expect, it } from 'vitest';
import type { QiProjectSummary } from '$lib/queries/qi.queries';
import {
	involvementLabel,
	isQiFiltered,
	parseQiPortfolioFilter,
	portfolioTable,
	progressFraction,
	progressScoreLabel,
	qiPortfolioSearch,
	statusLabel,
	toQiProjectFilter
} from './qi-portfolio';
import { formatTableCell } from '$lib/ui/table-model';
import { downloadTable } from '$lib/export/download';
import { downloadMeta } from '$lib/export/download.fixture';
import { tableDownload } from '$lib/export/table-download';

describe('the portfolio filter in the URL', () => {
	it('reads status and involvement, case-insensitively', () => {
		expect(parseQiPortfolioFilter(new URLSearchParams('status=Testing&involvement=big-i'))).toEqual({ status: 'TESTING', involvement: 'BIG_I' });
	});

	it('reads anything unknown as "all"', () => {
		expect(parseQiPortfolioFilter(new URLSearchParams('status=done&involvement=BIG_I'))).toEqual({ status: null, involvement: null });
	});

	it('writes the same URL it reads, and nothing when unfiltered', () => {
		const filter = { status: 'SUSTAINING' as const, involvement: 'LITTLE_I' as const };
		expect(qiPortfolioSearch(filter)).toBe('?status=sustaining&involvement=little-i');
		expect(parseQiPortfolioFilter(new URLSearchParams(qiPortfolioSearch(filter)))).toEqual(filter);
		expect(qiPortfolioSearch({ status: null, involvement: null })).toBe('');
		expect(isQiFiltered({ status: null, involvement: 'NONE' })).toBe(true);
	});

	it('becomes the API’s QiProjectFilter', () => {
		expect(toQiProjectFilter({ status: 'CLOSED', involvement: 'NONE' })).toEqual({ statuses: ['CLOSED'], involvementLevels: ['NONE'] });
		expect(toQiProjectFilter({ status: null, involvement: null })).toEqual({});
	});
});

describe('words', () => {
	it('names statuses and involvement levels', () => {
		expect(statusLabel('TESTING')).toBe('Testing changes');
		expect(involvementLabel('BIG_I')).toBe('Big I');
		expect(involvementLabel('LITTLE_I')).toBe('little i');
	});

	it('writes an IHI progress score with its meaning', () => {
		expect(progressScoreLabel(0.5)).toBe('0.5 Intent to participate');
		expect(progressScoreLabel(4)).toBe('4.0 Significant improvement');
		expect(progressScoreLabel(5)).toBe('5.0 Outstanding sustainable results');
		expect(progressScoreLabel(3.7)).toBe('3.7');
	});

	it('fills a progress bar in proportion to the 5-point scale', () => {
		expect(progressFraction(2.5)).toBe(0.5);
		expect(progressFraction(6)).toBe(1);
	});
});

describe('portfolioTable', () => {
	it('holds one row per project, and its CSV the same rows', () => {
		const project: QiProjectSummary = {
			id: '3',
			code: 'falls',
			title: 'Falls prevention',
			team: 'Falls service',
			status: 'SUSTAINING',
			progressScore: 4,
			involvementLevel: 'BIG_I',
			startedOn: '2021-05-04',
			endedOn: null,
			service: null
		};
		const model = portfolioTable([project]);
		expect(model.rows).toEqual([['Falls prevention', 'Falls service', 'Whole service', 'Sustaining', 4, 'Big I', '2021-05-04', '']]);
		expect(formatTableCell(model.columns[4].kind, 4)).toBe('4.0');
		const [header, row] = downloadTable(tableDownload(model, downloadMeta(), false));
		expect(header.slice(3, 11)).toEqual(['Project', 'Team', 'Service', 'Status', 'Progress score', 'Involvement', 'Started', 'Ended']);
		expect(row.slice(3, 11)).toEqual(['Falls prevention', 'Falls service', 'Whole service', 'Sustaining', '4.0', 'Big I', '2021-05-04', '']);
	});
});
