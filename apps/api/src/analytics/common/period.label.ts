import { financialQuarter, financialYear } from '@hub/analytics';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'Apr 2019' for any day in April 2019. */
export function monthLabel(iso: string): string {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** '5 Jun 2023': a day, such as an event on a T chart or the start of a PDSA cycle. */
export function dayLabel(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${monthLabel(iso)}`;
}

/** 'w/c 1 Apr 2019' for the week beginning Monday 1 April 2019. */
export function weekLabel(iso: string): string {
  return `w/c ${Number(iso.slice(8, 10))} ${monthLabel(iso)}`;
}

/** 'Q1 2019/20': financial quarters, Q1 being April to June. */
export function quarterLabel(iso: string): string {
  return `Q${financialQuarter(iso)} ${financialYear(iso)}`;
}

/** The first day of a financial year written '2019/20'. */
export function financialYearStart(label: string): string {
  return `${label.slice(0, 4)}-04-01`;
}
