import { OutcomeTimepoint } from '../analytics/outcomes/outcome-analytics.enums.js';
import type { Orm } from '@hub/db';
import { describe, expect, it } from 'vitest';
import { grantsFor, type Role } from '../access/access.policy.js';
import { ANONYMOUS, type Viewer } from '../access/viewer.js';
import { createContext } from './hub.context.js';

// Creating a context touches no database: the fork and the runner connect on first use.
const orm = { em: { fork: () => ({}) } } as unknown as Orm;

function viewer(role: Role, recordAccess = false): Viewer {
  const grants = grantsFor({ role, recordAccess, contractProgrammeIds: [], serviceProgrammeIds: [3], contractIds: [], qiProjectIds: [] });
  return { account: { id: 1, email: `${role}@test.hub`, displayName: role, role, isDemo: false }, credential: { kind: 'none' }, grants, address: null };
}

describe('createContext', () => {
  it('withholds small counts unless the role can read the records behind them', () => {
    expect(createContext(orm).disclosure).toEqual({ suppressSmallCounts: true });
    expect(createContext(orm, viewer('commissioner')).disclosure).toEqual({ suppressSmallCounts: true });
    expect(createContext(orm, viewer('analyst')).disclosure).toEqual({ suppressSmallCounts: true });
    expect(createContext(orm, viewer('analyst', true)).disclosure).toEqual({ suppressSmallCounts: false });
    expect(createContext(orm, viewer('admin')).disclosure).toEqual({ suppressSmallCounts: false });
  });

  it('gives an anonymous caller services that refuse every call, asking them to sign in', async () => {
    const { services } = createContext(orm, ANONYMOUS);
    await expect(services.programmes.programmes({})).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(services.referrals.referral('1')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(services.analytics.outcomes.summary(null, OutcomeTimepoint.END_OF_PROGRAMME)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses person-level records to a role without record access, naming the role', async () => {
    const { services } = createContext(orm, viewer('commissioner'));
    await expect(services.people.person('1')).rejects.toThrow(/not open to commissioner/);
    await expect(services.attendance.attendanceOfReferral('1')).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('gives each request its own analytics services', () => {
    const first = createContext(orm, viewer('analyst')).services.analytics;
    expect(Object.keys(first).sort()).toEqual(['aggregate', 'coverage', 'funnel', 'kpis', 'outcomes', 'spc', 'uptake']);
    expect(createContext(orm, viewer('analyst')).services.analytics.outcomes).not.toBe(first.outcomes);
  });

  it('builds each part on first use, once per request, and Apollo copying the context builds nothing', () => {
    const context = createContext(orm, viewer('analyst'));
    // Apollo copies a context's own properties into each operation's context (cloneObject).
    const copy = Object.assign(Object.create(Object.getPrototypeOf(context) as object) as object, context) as typeof context;
    expect(Object.keys(context)).not.toContain('services');
    expect(copy.services).toBe(context.services);
    expect(context.services.programmes).toBe(context.services.programmes);
    expect(createContext(orm, viewer('analyst')).services.programmes).not.toBe(context.services.programmes);
  });
});
