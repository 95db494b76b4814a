import { describe, expect, it } from 'vitest';
import { mayRecordQiWork, PROGRESS_SCORES, scoreValue } from './qi-choices';

describe('PROGRESS_SCORES', () => {
	it('runs from 0.5 to 5.0 in steps of 0.5', () => {
		expect(PROGRESS_SCORES.map((score) => score.value)).toEqual(['0.5', '1.0', '1.5', '2.0', '2.5', '3.0', '3.5', '4.0', '4.5', '5.0']);
	});
});

describe('mayRecordQiWork', () => {
	it.each([
		['QI_LEAD', true],
		['ADMIN', true],
		['ANALYST', false],
		['COMMISSIONER', false],
		['SERVICE_MANAGER', false]
	] as const)('is %s for a %s', (role, may) => {
		expect(mayRecordQiWork({ role })).toBe(may);
	});

	it('is false for an anonymous visitor', () => {
		expect(mayRecordQiWork(null)).toBe(false);
	});
});

describe('scoreValue', () => {
	it('writes whole scores with one decimal, as the select offers them', () => {
		expect(scoreValue(3)).toBe('3.0');
		expect(scoreValue(2.5)).toBe('2.5');
	});
});
