import { describe, expect, it } from 'vitest';
import { hasContracts, scopeSummary, withinReach, type Viewer } from './viewer';

const base: Viewer = {
	id: '1',
	email: 'm@hub.test',
	displayName: 'M',
	role: 'SERVICE_MANAGER',
	canReadRecords: true,
	canAdminister: false,
	figures: 'EXACT',
	programmeIds: ['3', '4'],
	contractIds: [],
	qiProjectIds: ['7'],
	isDemo: false
};

describe('hasContracts', () => {
	it('is true when every contract is reached or some are', () => {
		expect(hasContracts({ ...base, contractIds: null })).toBe(true);
		expect(hasContracts({ ...base, contractIds: ['1'] })).toBe(true);
	});

	it('is false when none are', () => {
		expect(hasContracts(base)).toBe(false);
	});
});

describe('scopeSummary', () => {
	it('counts what the scope reaches, or says every', () => {
		expect(scopeSummary(base)).toBe('2 programmes, 0 contracts, 1 QI project');
		expect(scopeSummary({ ...base, programmeIds: null, contractIds: null, qiProjectIds: null })).toBe('every programme, every contract, every QI project');
	});
});

describe('withinReach', () => {
	const programmes = [{ id: '3' }, { id: '4' }, { id: '5' }];

	it('keeps only the programmes the scope reaches, so filters offer nothing that would be refused', () => {
		expect(withinReach(programmes, ['4', '3'])).toEqual([{ id: '3' }, { id: '4' }]);
	});

	it('keeps every programme when the scope is not limited', () => {
		expect(withinReach(programmes, null)).toEqual(programmes);
	});
});
