import { DATA_UNTIL, dayOf, financialYear } from './calendar.util.js';
import { LOCKDOWN_FROM, LOCKDOWN_UNTIL } from './demand.model.js';
import type { Random } from './random.js';
import type { ProgrammeReference } from './reference/programme.reference.js';

/**
 * A referral's path through received → assessed → started → completed, or its exit as
 * declined, did not start or dropped out (docs/methods.md, "The service and its vocabulary"). Waits are log-normal: about a week
 * to assessment and two to three more to the first session, so received → started has a
 * median of three to four weeks. Steps after the data end are not yet known.
 */
type ReferralStatus = 'received' | 'assessed' | 'started' | 'completed' | 'declined' | 'did_not_start' | 'dropped_out';

export interface FunnelPath {
  status: ReferralStatus;
  assessed: number | null;
  started: number | null;
  ended: number | null;
  /** Planned end of the programme, used for session dates even where it lies beyond the data. */
  plannedEnd: number | null;
}

const EARLY_GAP_UNTIL = dayOf('2021-04-01');

export function walkFunnel(random: Random, programme: ProgrammeReference, received: number, minority: boolean): FunnelPath {
  const firstYear = financialYear(received) === 2018;
  if (random.chance(0.04)) return exit('declined', null, received + random.int(2, 10));
  if (random.chance(0.05)) return exit('did_not_start', null, received + random.int(14, 45));
  const assessed = received + 1 + Math.round(random.logNormal(firstYear ? 4 : 5.5, 0.6));
  if (random.chance(0.05)) return exit('declined', assessed, assessed + random.int(0, 3));
  // Minority-ethnic referrals started less often until outreach and interpreters were in place.
  const noStart = 0.1 + (minority && received < EARLY_GAP_UNTIL ? 0.06 : 0);
  if (random.chance(noStart)) return exit('did_not_start', assessed, assessed + random.int(14, 60));
  const started = afterLockdown(random, assessed + 1 + Math.round(random.logNormal(startWait(programme, firstYear), 0.5)));
  const weeks = programme.durationWeeks;
  const plannedEnd = started + (weeks - 1) * 7 + (programme.sessionsPerWeek > 1 ? 3 : 0);
  if (random.chance(dropoutChance(programme, started))) {
    const ended = started + 7 * random.int(1, weeks - 1) + random.int(0, 2);
    return truncate({ status: 'dropped_out', assessed, started, ended, plannedEnd });
  }
  return truncate({ status: 'completed', assessed, started, ended: plannedEnd, plannedEnd });
}

function startWait(programme: ProgrammeReference, firstYear: boolean): number {
  const base = programme.code === 'falls-strength-balance' ? 24 : programme.outcomes === 'talking' ? 15 : 18;
  return firstYear ? base * 0.75 : base;
}

function dropoutChance(programme: ProgrammeReference, started: number): number {
  const base = programme.outcomes === 'lifestyle' ? 0.2 : 0.3;
  return financialYear(started) === 2020 ? base * 1.3 : base;
}

/** Sessions that would have started in the first lockdown started when venues reopened. */
function afterLockdown(random: Random, started: number): number {
  return started >= LOCKDOWN_FROM && started < LOCKDOWN_UNTIL ? LOCKDOWN_UNTIL + random.int(0, 28) : started;
}

function exit(status: 'declined' | 'did_not_start', assessed: number | null, ended: number): FunnelPath {
  return truncate({ status, assessed, started: null, ended, plannedEnd: null });
}

/** What was known on the last day of data: later steps have not happened yet. */
function truncate(path: FunnelPath): FunnelPath {
  if (path.ended !== null && path.ended > DATA_UNTIL) {
    path.ended = null;
    path.status = path.started !== null ? 'started' : path.assessed !== null ? 'assessed' : 'received';
  }
  if (path.started !== null && path.started > DATA_UNTIL) {
    path.started = null;
    path.status = 'assessed';
  }
  if (path.assessed !== null && path.assessed > DATA_UNTIL) {
    path.assessed = null;
    path.status = 'received';
  }
  return path;
}
