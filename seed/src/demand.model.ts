import { DATA_UNTIL, SERVICE_OPENED, dayOf, weekday } from './calendar.util.js';
import { cumulative, type Random } from './random.js';
import { OUTREACH_STARTS_ON } from './reference/outreach.reference.js';

/**
 * When referrals arrive and who makes them. Referrals were slow in the first year while GPs and
 * hospital staff got used to the single front door (seeds/total-wellbeing-luton.txt), dropped
 * in the first lockdown, then grew.
 */
export const LOCKDOWN_FROM = dayOf('2020-03-23');
export const LOCKDOWN_UNTIL = dayOf('2020-07-06');
const OUTREACH_FROM = dayOf(OUTREACH_STARTS_ON);
const OUTREACH_MATURE = dayOf('2022-07-01');
const GATHERINGS_BACK = dayOf('2021-07-01');

/** Relative referral volume in month m after April 2018. */
function monthlyDemand(month: number): number {
  if (month < 12) return 0.3 + 0.35 * (month / 11);
  if (month < 24) return 0.7 + 0.15 * ((month - 12) / 12);
  const covid = [0.3, 0.35, 0.5, 0.7, 0.7, 0.75];
  if (month < 30) return covid[month - 24];
  return Math.min(1.4, 0.85 + 0.011 * (month - 30));
}

/** Running totals of referral likelihood by day, weekends quieter; used to draw received dates. */
export class ReferralCalendar {
  private readonly totals: Float64Array;

  constructor() {
    const weights: number[] = [];
    for (let day = SERVICE_OPENED; day <= DATA_UNTIL; day++) {
      const month = monthIndex(day);
      const dayOfWeek = weekday(day);
      weights.push(monthlyDemand(month) * (dayOfWeek === 0 || dayOfWeek === 6 ? 0.15 : 1));
    }
    this.totals = cumulative(weights);
  }

  /** A received date, optionally no earlier than `notBefore`; null when no days are left. */
  draw(random: Random, notBefore = SERVICE_OPENED): number | null {
    if (notBefore > DATA_UNTIL) return null;
    const end = this.totals[this.totals.length - 1];
    const start = notBefore <= SERVICE_OPENED ? 0 : this.totals[notBefore - SERVICE_OPENED - 1];
    const target = start + random.next() * (end - start);
    let low = Math.max(0, notBefore - SERVICE_OPENED);
    let high = this.totals.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.totals[middle] > target) high = middle;
      else low = middle + 1;
    }
    return SERVICE_OPENED + low;
  }
}

/** Months since April 2018, from a day number. */
function monthIndex(day: number): number {
  const date = new Date(day * 86_400_000);
  return (date.getUTCFullYear() - 2018) * 12 + date.getUTCMonth() - 3;
}

/**
 * How likely residents of Black, Asian, Mixed and other ethnic groups were to be referred,
 * relative to White residents: low at first, rising once outreach began, paused in lockdown.
 */
export function minorityUptake(day: number): number {
  if (day < OUTREACH_FROM) return 0.42;
  const progress = Math.min(1, (day - OUTREACH_FROM) / (OUTREACH_MATURE - OUTREACH_FROM));
  const lockdownPause = day >= LOCKDOWN_FROM && day < GATHERINGS_BACK ? 0.75 : 1;
  return 0.42 + 0.5 * progress * lockdownPause;
}

/** The share of minority-ethnic referrals that came through an outreach contact. */
export function outreachReach(day: number): number {
  if (day < OUTREACH_FROM) return 0;
  return Math.min(0.3, 0.12 + 0.18 * ((day - OUTREACH_FROM) / (OUTREACH_MATURE - OUTREACH_FROM)));
}
