import { describe, expect, it } from 'vitest';
import { nextMarkIndex } from './roving-focus';

describe('nextMarkIndex', () => {
	it('moves right to the next mark', () => {
		expect(nextMarkIndex('ArrowRight', 2, 5)).toBe(3);
	});

	it('stays on the last mark at the end', () => {
		expect(nextMarkIndex('ArrowDown', 4, 5)).toBe(4);
	});

	it('stays on the first mark at the start', () => {
		expect(nextMarkIndex('ArrowLeft', 0, 5)).toBe(0);
	});

	it('jumps to the last mark on End', () => {
		expect(nextMarkIndex('End', 1, 5)).toBe(4);
	});

	it('leaves other keys alone', () => {
		expect(nextMarkIndex('Tab', 1, 5)).toBeNull();
	});
});
