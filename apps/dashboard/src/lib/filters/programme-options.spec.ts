import { describe, expect, it } from 'vitest';
import { programmeOptions } from './programme-options';

describe('programmeOptions', () => {
	it('lists programmes alphabetically, each naming its service', () => {
		const options = programmeOptions([
			{ id: 'b', code: 'TAI', name: 'Tai Chi', service: { id: 's1', name: 'Classes' } },
			{ id: 'a', code: 'FALLS', name: 'Falls prevention', service: { id: 's2', name: 'Strength and balance' } }
		]);
		expect(options).toEqual([
			{ value: 'a', label: 'Falls prevention (Strength and balance)' },
			{ value: 'b', label: 'Tai Chi (Classes)' }
		]);
	});
});
