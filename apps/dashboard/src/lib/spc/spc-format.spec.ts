import { describe, expect, it } from 'vitest';
import { formatLocalDate, formatMeasureValue, measureFormats, measureValueHeading } from './spc-format';

describe('formatMeasureValue', () => {
	it('writes the value in its unit with at most one decimal', () => {
		expect(formatMeasureValue(22.04, '%')).toBe('22%');
		expect(formatMeasureValue(21.56, 'days')).toBe('21.6 days');
		expect(formatMeasureValue(1234, '')).toBe('1,234');
	});

	it('shows a missing value as "*"', () => {
		expect(formatMeasureValue(null, '%')).toBe('*');
	});
});

describe('formatLocalDate', () => {
	it('writes an ISO date in words, whatever the time zone', () => {
		expect(formatLocalDate('2019-01-07')).toBe('7 January 2019');
		expect(formatLocalDate('2025-03-31')).toBe('31 March 2025');
	});
});

describe('measureFormats', () => {
	it('writes values in their unit, and axis numbers with "%" only, other units above the axis', () => {
		const days = measureFormats('days');
		expect([days.formatValue(21.56), days.formatTick(20), days.unitLabel]).toEqual(['21.6 days', '20', 'days']);
		const percent = measureFormats('%');
		expect([percent.formatValue(22.04), percent.formatTick(20), percent.unitLabel]).toEqual(['22%', '20%', '']);
	});
});

describe('measureValueHeading', () => {
	it('names the unit when there is one', () => {
		expect(measureValueHeading('days')).toBe('Value (days)');
		expect(measureValueHeading('')).toBe('Value');
	});
});
