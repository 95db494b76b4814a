// Contract periods: months, quarters or years counted from the contract's start date.

const STEP_MONTHS = { month: 1, quarter: 3, year: 12 } as const;
export type KpiPeriodKind = keyof typeof STEP_MONTHS;

/**
 * Period start dates from `startsOn` until `endsOn` (inclusive), followed by the day after the
 * last period ends, so that period k runs from thresholds[k] up to thresholds[k + 1].
 */
export function periodThresholds(startsOn: string, endsOn: string, kind: KpiPeriodKind): string[] {
  const step = STEP_MONTHS[kind];
  const thresholds: string[] = [];
  for (let i = 0; ; i++) {
    const start = addMonths(startsOn, i * step);
    if (start > endsOn) {
      thresholds.push(start);
      return thresholds;
    }
    thresholds.push(start);
  }
}

/** Calendar month arithmetic on ISO dates; a 31st becomes the month's last day. */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The day before an ISO date. */
export function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
