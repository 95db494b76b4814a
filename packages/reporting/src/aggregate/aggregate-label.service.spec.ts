import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool } from '../testing/fixture.database.js';
import { aggregateLabels, dimensionKey } from './aggregate-label.service.js';
import type { AggregateCell } from './aggregate.service.js';

const cell = (dimensions: AggregateCell['dimensions']): AggregateCell => ({ dimensions, period: null, measures: {} });

describe('aggregateLabels on the seeded town', () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = seededPool();
  });
  afterAll(() => pool.end());

  it('names programmes, wards and sources from the code tables and fixed codes from the catalogue', async () => {
    const {
      rows: [programme],
    } = await pool.query<{ id: number; name: string }>('select id, name from programme order by id limit 1');
    const labels = await aggregateLabels(
      pgRunner(pool),
      ['programme', 'ward', 'source', 'sex', 'deprivationDecile', 'status'],
      [
        cell({ programme: programme.id, ward: 'BISC', source: 'gp', sex: 'not_stated', deprivationDecile: 3, status: 'did_not_start' }),
        cell({ programme: programme.id, ward: null, source: 'hospital', sex: 'female', deprivationDecile: null, status: 'completed' }),
      ],
    );
    expect(labels.programme?.get(String(programme.id))).toBe(programme.name);
    expect(labels.ward?.get('BISC')).toBe('Biscot');
    expect(labels.ward?.get(dimensionKey(null))).toBe('Not known');
    expect(labels.source?.get('hospital')).toBe('Hospital (including A&E and falls clinic)');
    expect([labels.sex?.get('not_stated'), labels.deprivationDecile?.get('3'), labels.status?.get('did_not_start')]).toEqual([
      'Not stated',
      'Decile 3',
      'Did not start',
    ]);
  });

  it('asks the database nothing when no dimension needs a code table', async () => {
    const runner = { query: () => Promise.reject(new Error('no query expected')) };
    const labels = await aggregateLabels(runner, ['ethnicGroup', 'ageBand'], [cell({ ethnicGroup: 'Asian', ageBand: null })]);
    expect([labels.ethnicGroup?.get('Asian'), labels.ageBand?.get('not_known')]).toEqual(['Asian', 'Not known']);
  });
});
