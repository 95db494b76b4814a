import { describe, expect, it } from 'vitest';
import { SqlConditions } from './sql.client.js';

describe('SqlConditions', () => {
  it('is empty when no filter was given', () => {
    const where = new SqlConditions().when(undefined, 'a = ?', 1).when(null, 'b = ?', 2).when([], 'c = any(?)', []);
    expect(where.toWhere()).toBe('');
    expect(where.params).toEqual([]);
  });

  it('keeps parameters in the order of their clauses', () => {
    const where = new SqlConditions().when('2020-01-01', 'd >= ?', '2020-01-01').when(['x'], 'w = any(?)', ['x']).add('id > ?', '5');
    expect(where.toWhere()).toBe('where (d >= ?) and (w = any(?)) and (id > ?)');
    expect(where.params).toEqual(['2020-01-01', ['x'], '5']);
  });

  it('treats false as a value, not as absent', () => {
    const where = new SqlConditions().when(false, 'attended = ?', false);
    expect(where.toWhere()).toBe('where (attended = ?)');
  });
});
