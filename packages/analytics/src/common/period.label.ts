// How a period is written wherever the hub shows one: the API's labels and the dashboard's axes
// and captions read these, so a month is never "Sep" in one place and "Sept" in another.
import { financialQuarter, financialYear } from './financial-year.calendar.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 'Apr 2019' for any day in April 2019 ('2019-04-01', or '2019-04'). */
export function monthLabel(iso: string): string {
  return `${MONTHS[monthIndex(iso)].slice(0, 3)} ${iso.slice(0, 4)}`;
}

/** 'April 2019' for any day in April 2019 ('2019-04-01', or '2019-04'). */
export function monthLabelLong(iso: string): string {
  return `${MONTHS[monthIndex(iso)]} ${iso.slice(0, 4)}`;
}

/** '5 Jun 2023': a day, such as an event on a T chart or the start of a PDSA cycle. */
export function dayLabel(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${monthLabel(iso)}`;
}

/** 'w/c 1 Apr 2019' for the week beginning Monday 1 April 2019. */
export function weekLabel(iso: string): string {
  return `w/c ${dayLabel(iso)}`;
}

/** 'Q1 2019/20': financial quarters, Q1 being April to June. */
export function quarterLabel(iso: string): string {
  return `Q${financialQuarter(iso)} ${financialYear(iso)}`;
}

function monthIndex(iso: string): number {
  const month = /^\d{4}-(0[1-9]|1[0-2])/.exec(iso);
  if (!month) throw new RangeError(`expected an ISO date or month, got '${iso}'`);
  return Number(month[1]) - 1;
}
