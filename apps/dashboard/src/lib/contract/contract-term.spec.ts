import { describe, expect, it } from 'vitest';
import { quarterEnd, termMilestones, termTimeline, termYears } from './contract-term';

const term = { startsOn: '2018-04-01', endsOn: '2023-03-31', extensionEndsOn: '2025-03-31' };

describe('quarterEnd', () => {
	it('is the last day of the quarter, leap years included', () => {
		expect(quarterEnd('2024-10-01')).toBe('2024-12-31');
		expect(quarterEnd('2024-01-01')).toBe('2024-03-31');
		expect(quarterEnd('2023-12-01')).toBe('2024-02-29');
	});
});

describe('termYears', () => {
	it('counts whole years of a term', () => {
		expect(termYears('2018-04-01', '2023-03-31')).toBe(5);
		expect(termYears('2018-04-01', '2025-03-31')).toBe(7);
	});
});

describe('termTimeline', () => {
	// 1 Apr 2018 to 1 Apr 2025 is 2557 days; 1 Apr 2023 is day 1826 of them.
	it('places the end of the term and the extension as fractions of the whole span', () => {
		const timeline = termTimeline(term, null);
		expect(timeline.termEnd).toBeCloseTo(1826 / 2557, 10);
		expect(timeline.extensionEnd).toBe(1);
		expect(timeline.latest).toBeNull();
	});

	it('places the latest data at the end of its period and says which stage it falls in', () => {
		// 31 Dec 2024 ends on 1 Jan 2025, day 2467
		const timeline = termTimeline(term, '2024-12-31');
		expect(timeline.latest).toBeCloseTo(2467 / 2557, 10);
		expect(timeline.latestStage).toBe('extension');
		expect(termTimeline(term, '2020-06-30').latestStage).toBe('term');
	});

	it('ticks each financial year, every other one minor, none at the very end', () => {
		const ticks = termTimeline(term, null).ticks;
		expect(ticks.map((tick) => tick.label)).toEqual(['2018/19', '2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25']);
		expect(ticks[0].fraction).toBe(0);
		expect(ticks.map((tick) => tick.minor)).toEqual([false, true, false, true, false, true, false]);
	});

	it('spans the term alone when there is no extension option', () => {
		const timeline = termTimeline({ startsOn: '2023-04-01', endsOn: '2026-03-31', extensionEndsOn: null }, null);
		expect(timeline.termEnd).toBe(1);
		expect(timeline.extensionEnd).toBeNull();
	});
});

describe('termMilestones', () => {
	it('lists the dates in order, with the latest data among them', () => {
		expect(termMilestones(term, { day: '2024-12-31', label: 'Q3 2024/25' })).toEqual([
			{ key: 'start', label: 'Contract starts', date: '2018-04-01' },
			{ key: 'end', label: 'Term ends (without extension)', date: '2023-03-31' },
			{ key: 'latest', label: 'Latest data: Q3 2024/25', date: '2024-12-31' },
			{ key: 'extension', label: 'Extension option ends', date: '2025-03-31' }
		]);
	});
});
