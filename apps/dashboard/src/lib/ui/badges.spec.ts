import { describe, expect, it } from 'vitest';
import { compactRagBadge, involvementBadge, qiStatusBadge, ragBadge } from './badges';

describe('ragBadge', () => {
	it('says the rating in words, with its symbol and colour', () => {
		expect(ragBadge('AMBER')).toMatchObject({
			testid: 'kpi-rag',
			tone: 'amber',
			symbol: '!',
			label: 'Amber: within tolerance',
			title: 'Amber: within tolerance',
			data: { rag: 'AMBER' }
		});
	});

	it('shows a dash and "No rating" where there is no rating', () => {
		expect(ragBadge(null)).toMatchObject({ tone: 'blank', symbol: '–', label: 'No rating', data: { rag: 'NONE' } });
	});

	it('names the quarter in its title when it stands for one', () => {
		expect(ragBadge('GREEN', 'Q1 2024/25').title).toBe('Q1 2024/25: Green: target met');
	});
});

describe('compactRagBadge', () => {
	it('shows a letter but is read as the quarter and the rating', () => {
		expect(compactRagBadge('RED', 'Q4 2023/24')).toMatchObject({
			shape: 'compact',
			symbol: '✕',
			label: 'R',
			spoken: 'Q4 2023/24: Red',
			title: 'Q4 2023/24: Red: target missed'
		});
		expect(compactRagBadge(null, 'Q3 2023/24')).toMatchObject({ label: '', spoken: 'Q3 2023/24: None' });
	});
});

describe('qiStatusBadge', () => {
	it('greys out a closed project and names the stage of the others', () => {
		expect(qiStatusBadge('CLOSED')).toMatchObject({ tone: 'grey', label: 'Closed', symbol: null });
		expect(qiStatusBadge('TESTING')).toMatchObject({ tone: 'sky', label: 'Testing changes' });
	});
});

describe('involvementBadge', () => {
	it('names the level and explains it to screen readers and on hover', () => {
		expect(involvementBadge('LITTLE_I')).toMatchObject({
			tone: 'teal-outline',
			shape: 'pill',
			symbol: '◐',
			label: 'little i',
			explained: ': service users or carers are consulted',
			title: 'service users or carers are consulted',
			data: { level: 'LITTLE_I' }
		});
	});

	it('says "No involvement" rather than "None"', () => {
		expect(involvementBadge('NONE')).toMatchObject({ tone: 'blank', symbol: '○', label: 'No involvement' });
	});
});
