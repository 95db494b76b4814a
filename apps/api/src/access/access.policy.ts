import type { DisclosurePolicy } from '@hub/reporting';

/** The roles of docs/methods.md, "Access and audit". */
export type Role = 'commissioner' | 'analyst' | 'service_manager' | 'qi_lead' | 'admin';
export const ROLES: readonly Role[] = ['commissioner', 'analyst', 'service_manager', 'qi_lead', 'admin'];

/** Everything, or only the listed ids. */
export type Reach = 'all' | readonly number[];

/** What a user's account says, before the policy turns it into grants. */
export interface AccountFacts {
  role: Role;
  /** An analyst's record-level access, granted by an admin. */
  recordAccess: boolean;
  /** Programmes reached through the user's contract, service and programme scopes. */
  contractProgrammeIds: readonly number[];
  serviceProgrammeIds: readonly number[];
  contractIds: readonly number[];
  qiProjectIds: readonly number[];
}

/** What one request may do; decided once per request and read by every service. */
export interface Grants {
  /** Counts, rates and charts below record level, under `disclosure`. */
  aggregates: Reach | 'none';
  /** Person-level rows (people, referrals, attendance, outcome measurements), pseudonymised. */
  records: Reach | 'none';
  /** Contracts whose KPIs may be read. */
  contracts: Reach;
  /** QI projects the user belongs to (and so may edit, once editing exists). */
  qiProjects: Reach;
  /** Users, scopes, settings and the audit log. */
  administer: boolean;
  disclosure: DisclosurePolicy;
}

const CONTROLLED: DisclosurePolicy = Object.freeze({ suppressSmallCounts: true });
const EXACT: DisclosurePolicy = Object.freeze({ suppressSmallCounts: false });

/** An anonymous caller while no published view is switched on: nothing at all. */
export const NO_GRANTS: Grants = Object.freeze({
  aggregates: 'none',
  records: 'none',
  contracts: [],
  qiProjects: [],
  administer: false,
  disclosure: CONTROLLED,
});

/** An anonymous caller when an admin has switched the published view on: aggregates only, controlled. */
export const PUBLISHED_VIEW_GRANTS: Grants = Object.freeze({
  aggregates: 'all',
  records: 'none',
  contracts: 'all',
  qiProjects: [],
  administer: false,
  disclosure: CONTROLLED,
});

/**
 * The access policy. Roles that can read the records behind a figure see it exactly (they
 * could count the records); everyone else gets disclosure control. A manager or commissioner
 * with no scope rows reaches nothing, so a forgotten scope fails closed.
 */
export function grantsFor(facts: AccountFacts): Grants {
  switch (facts.role) {
    case 'admin':
      return { aggregates: 'all', records: 'all', contracts: 'all', qiProjects: 'all', administer: true, disclosure: EXACT };
    case 'analyst':
      return {
        aggregates: 'all',
        records: facts.recordAccess ? 'all' : 'none',
        contracts: 'all',
        qiProjects: [],
        administer: false,
        disclosure: facts.recordAccess ? EXACT : CONTROLLED,
      };
    case 'service_manager': {
      const programmes = unique([...facts.serviceProgrammeIds, ...facts.contractProgrammeIds]);
      return {
        aggregates: programmes,
        records: programmes,
        contracts: facts.contractIds,
        qiProjects: facts.qiProjectIds,
        administer: false,
        disclosure: EXACT,
      };
    }
    case 'commissioner': {
      const programmes = unique([...facts.contractProgrammeIds, ...facts.serviceProgrammeIds]);
      return { aggregates: programmes, records: 'none', contracts: facts.contractIds, qiProjects: [], administer: false, disclosure: CONTROLLED };
    }
    case 'qi_lead':
      return { aggregates: 'all', records: 'none', contracts: 'all', qiProjects: facts.qiProjectIds, administer: false, disclosure: CONTROLLED };
  }
}

/** Whether `id` is within reach. */
export function reaches(reach: Reach | 'none', id: number): boolean {
  if (reach === 'none') return false;
  return reach === 'all' || reach.includes(id);
}

/**
 * A requested list of ids narrowed to what the reach allows. `null` means "no narrowing
 * needed"; an empty array means nothing requested is reachable.
 */
export function narrow(requested: readonly number[] | undefined, reach: Reach): readonly number[] | null {
  if (reach === 'all') return requested && requested.length > 0 ? requested : null;
  if (!requested || requested.length === 0) return reach;
  return requested.filter((id) => reach.includes(id));
}

function unique(ids: readonly number[]): number[] {
  return [...new Set(ids)].sort((a, b) => a - b);
}
