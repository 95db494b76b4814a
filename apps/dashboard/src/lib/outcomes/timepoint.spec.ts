import { describe, expect, it } from 'vitest';
import { parseTimepoint, timepointOption, timepointParam } from './timepoint';

describe('parseTimepoint', () => {
	it('reads the URL value', () => {
		expect(parseTimepoint(new URLSearchParams('timepoint=follow_up'))).toBe('FOLLOW_UP');
		expect(parseTimepoint(new URLSearchParams('timepoint=latest'))).toBe('LATEST');
	});

	it('falls back to the end of the programme, the API’s default', () => {
		expect(parseTimepoint(new URLSearchParams(''))).toBe('END_OF_PROGRAMME');
		expect(parseTimepoint(new URLSearchParams('timepoint=FOLLOW_UP'))).toBe('END_OF_PROGRAMME');
	});
});

describe('timepointParam', () => {
	it('leaves the default out of the URL', () => {
		expect(timepointParam('END_OF_PROGRAMME')).toBeNull();
	});

	it('writes the others in lower case', () => {
		expect(timepointParam('FOLLOW_UP')).toBe('follow_up');
	});
});

describe('timepointOption', () => {
	it('says who is lost at the timepoint', () => {
		expect(timepointOption('FOLLOW_UP')).toMatchObject({ label: 'Follow-up', lost: 'lost before follow-up' });
	});
});
