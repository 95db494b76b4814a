import { describe, expect, it, vi } from 'vitest';
import { connectionType, toConnection, toPage } from './page.types.js';

class Thing {
  id!: string;
}
const ThingConnection = connectionType(Thing, 'TestThing', { one: 'thing', many: 'things' });

describe('pages', () => {
  it('drop the extra row read to learn that more follow', () => {
    expect(toPage([1, 2, 3], 2)).toEqual({ rows: [1, 2], hasNextPage: true });
    expect(toPage([1, 2], 2)).toEqual({ rows: [1, 2], hasNextPage: false });
    expect(toPage([1], 0)).toEqual({ rows: [], hasNextPage: true });
  });

  it("end on the last edge's cursor and count the total only when asked", async () => {
    const countTotal = vi.fn(async () => 42);
    const connection = toConnection(
      ThingConnection,
      { rows: ['a', 'b'], hasNextPage: true },
      (id) => ({ cursor: `c-${id}`, node: Object.assign(new Thing(), { id }) }),
      countTotal,
    );
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, endCursor: 'c-b' });
    expect(countTotal).not.toHaveBeenCalled();
    await expect(connection.totalCount()).resolves.toBe(42);
  });

  it('have no end cursor when the page is empty', () => {
    const connection = toConnection(
      ThingConnection,
      { rows: [], hasNextPage: false },
      () => ({ cursor: '', node: new Thing() }),
      async () => 0,
    );
    expect(connection.pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });
  });
});
