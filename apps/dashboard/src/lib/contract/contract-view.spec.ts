import { describe, expect, it } from 'vitest';
import { chooseContract, contractViewSearch, parseContractView } from './contract-view';

describe('the contract view in the URL', () => {
	it('reads contract, quarter and KPI', () => {
		expect(parseContractView(new URLSearchParams('contract=twl-2018&quarter=2024-10-01&kpi=bame-share'))).toEqual({
			contract: 'twl-2018',
			quarter: '2024-10-01',
			kpi: 'bame-share'
		});
	});

	it('drops a malformed quarter', () => {
		expect(parseContractView(new URLSearchParams('quarter=Q3')).quarter).toBeNull();
	});

	it('writes keys in a fixed order and nothing when empty', () => {
		expect(contractViewSearch({ kpi: 'starts', contract: 'twl-2018', quarter: null })).toBe('?contract=twl-2018&kpi=starts');
		expect(contractViewSearch({ contract: null, quarter: null, kpi: null })).toBe('');
	});
});

describe('chooseContract', () => {
	const contracts = [{ code: 'twl-2018' }, { code: 'falls-2023' }];

	it('takes the one asked for, or else the first', () => {
		expect(chooseContract(contracts, 'falls-2023')?.code).toBe('falls-2023');
		expect(chooseContract(contracts, 'gone')?.code).toBe('twl-2018');
		expect(chooseContract([], null)).toBeNull();
	});
});
