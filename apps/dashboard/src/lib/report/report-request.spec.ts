import { describe, expect, it } from 'vitest';
import { parseReportRequest } from './report-request';

describe('parseReportRequest', () => {
	it('reads the contract code and the quarter start', () => {
		expect(parseReportRequest(new URLSearchParams('contract=twl-2018&quarter=2019-07-01'))).toEqual({
			ok: true,
			request: { contract: 'twl-2018', quarter: '2019-07-01' }
		});
	});

	it('leaves both to their defaults when absent or blank', () => {
		expect(parseReportRequest(new URLSearchParams('contract=%20&quarter='))).toEqual({ ok: true, request: { contract: null, quarter: null } });
	});

	it.each(['2019-Q1', '2019-05-01', '2019-04-02', '1/4/2019'])('refuses the quarter %s, naming the field', (quarter) => {
		const answer = parseReportRequest(new URLSearchParams({ quarter }));
		expect(answer.ok).toBe(false);
		expect(!answer.ok && answer.message).toBe(`quarter must be the first day of a quarter written YYYY-MM-DD, such as 2019-04-01; got “${quarter}”`);
	});
});
