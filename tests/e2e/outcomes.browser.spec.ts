import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  chartPoints,
  closeWithoutErrors,
  dashboardBrowser,
  dataColumns,
  downloadCsv,
  expectReadableAtBothWidths,
  queryApi,
  settled,
} from '../support/dashboard.checks.js';
import { openingFilter } from '../support/opening-year.js';

const dashboard = () => inject('dashboardUrl');
const api = () => inject('apiUrl');

interface Proportion {
  numerator: number | null;
  denominator: number | null;
  estimate: number | null;
}
interface SummaryAnswer {
  outcomeSummary: { instruments: { instrument: { code: string }; pairs: number; improved: Proportion; distribution: unknown[] }[] };
}
interface GroupsAnswer {
  outcomesByGroup: { key: string; label: string; improved: Proportion }[];
}
const SUMMARY = `query ($filter: ReferralFilter) { outcomeSummary(filter: $filter) {
  instruments { instrument { code } pairs improved { numerator denominator estimate } distribution { from } } } }`;
const GROUPS = `query ($instrument: String!, $dimension: OutcomeGroupDimension!, $filter: ReferralFilter) {
  outcomesByGroup(instrument: $instrument, dimension: $dimension, filter: $filter) { key label improved { numerator denominator estimate } } }`;

/** The instrument the page groups by when the URL names none: the first with paired measurements. */
function defaultInstrument(summary: SummaryAnswer): string {
  const { instruments } = summary.outcomeSummary;
  return (instruments.find((outcome) => outcome.pairs > 0) ?? instruments[0]).instrument.code;
}

const drawnGroups = (answer: GroupsAnswer) => answer.outcomesByGroup.filter((group) => group.improved.estimate !== null);
// A withheld count is an empty cell; the Value note says why.
const cell = (value: number | null) => (value === null ? '' : String(value));

describe('the Outcomes page in a browser', () => {
  const browser = dashboardBrowser();
  let page: Page;
  let errors: string[];

  async function open(search = ''): Promise<void> {
    ({ page, errors } = await browser.open(`${dashboard()}/outcomes${search}`));
  }

  it('draws % improved by programme, and a distribution per instrument, from the API', async () => {
    await open();
    const summary = await queryApi<SummaryAnswer>(api(), SUMMARY, { filter: await openingFilter(api()) });
    const instrument = defaultInstrument(summary);
    const groups = await queryApi<GroupsAnswer>(api(), GROUPS, { instrument, dimension: 'PROGRAMME', filter: await openingFilter(api()) });
    expect(drawnGroups(groups).length).toBeGreaterThan(0);
    expect(await chartPoints(page, 'outcomes-by-programme-chart')).toBe(drawnGroups(groups).length);
    const withPairs = summary.outcomeSummary.instruments.filter((outcome) => outcome.improved.estimate !== null);
    expect(await chartPoints(page, 'paired-change-chart')).toBe(withPairs.length);
    for (const outcome of summary.outcomeSummary.instruments) {
      expect(await chartPoints(page, `distribution-${outcome.instrument.code}-chart`)).toBe(outcome.distribution.length);
    }
    await closeWithoutErrors({ page, errors });
  });

  it('changes the data and the URL when a sex is chosen', async () => {
    await open();
    const summary = await queryApi<SummaryAnswer>(api(), SUMMARY, { filter: await openingFilter(api()) });
    const instrument = defaultInstrument(summary);
    const before = await queryApi<GroupsAnswer>(api(), GROUPS, { instrument, dimension: 'PROGRAMME', filter: await openingFilter(api()) });

    await page.getByTestId('filter-sex').selectOption('FEMALE');
    await page.waitForURL((url) => url.searchParams.get('sex') === 'FEMALE');
    await settled(page);

    const after = await queryApi<GroupsAnswer>(api(), GROUPS, {
      instrument,
      dimension: 'PROGRAMME',
      filter: { ...(await openingFilter(api())), sexes: ['FEMALE'] },
    });
    expect(after.outcomesByGroup).not.toEqual(before.outcomesByGroup);
    expect(await chartPoints(page, 'outcomes-by-programme-chart')).toBe(drawnGroups(after).length);
    const csv = dataColumns(await downloadCsv(page, 'outcomes-by-programme-csv'));
    expect(csv.rows.map((row) => [row[0], row[2]])).toEqual(after.outcomesByGroup.map((group) => [group.label, cell(group.improved.denominator)]));
    await closeWithoutErrors({ page, errors });
  });

  it('downloads the groups shown, one CSV row per group', async () => {
    await open('?by=AGE_BAND');
    const summary = await queryApi<SummaryAnswer>(api(), SUMMARY, { filter: await openingFilter(api()) });
    const groups = await queryApi<GroupsAnswer>(api(), GROUPS, {
      instrument: defaultInstrument(summary),
      dimension: 'AGE_BAND',
      filter: await openingFilter(api()),
    });
    const csv = dataColumns(await downloadCsv(page, 'outcomes-by-group-csv'));
    expect(csv.header[0]).toBe('Age band');
    expect(csv.rows.map((row) => row[0])).toEqual(groups.outcomesByGroup.map((group) => group.label));
    expect(csv.rows.map((row) => row[1])).toEqual(groups.outcomesByGroup.map((group) => cell(group.improved.numerator)));
    await closeWithoutErrors({ page, errors });
  });

  it('pairs with the chosen timepoint, kept in the URL, and shows those lost before it from the API', async () => {
    await open();
    await page.getByTestId('view-timepoint').selectOption('follow_up');
    await page.waitForURL((url) => url.searchParams.get('timepoint') === 'follow_up');
    await settled(page);
    const answer = await queryApi<{ outcomeSummary: { pairing: string; instruments: { instrument: { code: string }; lost: number | null }[] } }>(
      api(),
      `query ($filter: ReferralFilter) { outcomeSummary(filter: $filter, timepoint: FOLLOW_UP) { pairing instruments { instrument { code } lost } } }`,
      { filter: await openingFilter(api()) },
    );
    expect(await page.getByTestId('outcomes-pairing').textContent()).toBe(answer.outcomeSummary.pairing);
    const [first] = answer.outcomeSummary.instruments;
    const lost = first.lost === null ? '*' : first.lost.toLocaleString('en-GB');
    expect(await page.getByTestId(`paired-counts-${first.instrument.code}`).textContent()).toContain(`${lost} lost before follow-up`);
    await closeWithoutErrors({ page, errors });
  });

  it('reads at 1280 and 390 px wide without sideways scrolling, and has no serious axe violations', async () => {
    await open();
    await expectReadableAtBothWidths(page, 'outcomes');
    await closeWithoutErrors({ page, errors });
  });
});
