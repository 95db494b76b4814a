import { describe, expect, it } from 'vitest';
import { nulPathOf } from './request.body.js';

describe('nulPathOf', () => {
  it('names the path of the first NUL character in variables', () => {
    expect(nulPathOf({ filter: { wardCodes: ['E05', 'E0\u00006'] } })).toBe('filter.wardCodes.1');
  });

  it('finds nothing in clean variables', () => {
    expect(nulPathOf({ filter: { periodFrom: '2020-01-01' }, first: 10 })).toBeNull();
  });

  it('refuses variables nested far deeper than any input, rather than overflowing the stack', () => {
    let deep: unknown = [];
    for (let level = 0; level < 5000; level++) deep = [deep];
    expect(() => nulPathOf({ deep })).toThrow(/nest more than 32 levels/);
  });
});
