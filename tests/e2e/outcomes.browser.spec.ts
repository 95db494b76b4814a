import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, watchConsole } from '../support/browser.js';
import { chartPoints, downloadCsv, queryApi, scrollsSideways, seriousAxeViolations, settled } from '../support/dashboard.checks.js';

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
const SUMMARY = `query ($filter: AnalysisFilter) { outcomeSummary(filter: $filter) {
  instruments { instrument { code } pairs improved { numerator denominator estimate } distribution { from } } } }`;
const GROUPS = `query ($instrument: String!, $dimension: OutcomeGroupDimension!, $filter: AnalysisFilter) {
  outcomesByGroup(instrument: $instrument, dimension: $dimension, filter: $filter) { key label improved { numerator denominator estimate } } }`;

/** The instrument the page groups by when the URL names none: the first with paired measurements. */
function defaultInstrument(summary: SummaryAnswer): string {
  const { instruments } = summary.outcomeSummary;
  return (instruments.find((outcome) => outcome.pairs > 0) ?? instruments[0]).instrument.code;
}

const drawnGroups = (answer: GroupsAnswer) => answer.outcomesByGroup.filter((group) => group.improved.estimate !== null);
const cell = (value: number | null) => (value === null ? '*' : String(value));

describe('the Outcomes page in a browser', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  async function open(search = ''): Promise<void> {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = watchConsole(page);
    await page.goto(`${dashboard()}/outcomes${search}`);
    await settled(page);
  }

  it('draws % improved by programme, and a distribution per instrument, from the API', async () => {
    await open();
    const summary = await queryApi<SummaryAnswer>(api(), SUMMARY, { filter: {} });
    const instrument = defaultInstrument(summary);
    const groups = await queryApi<GroupsAnswer>(api(), GROUPS, { instrument, dimension: 'PROGRAMME', filter: {} });
    expect(drawnGroups(groups).length).toBeGreaterThan(0);
    expect(await chartPoints(page, 'outcomes-by-programme-chart')).toBe(drawnGroups(groups).length);
    const withPairs = summary.outcomeSummary.instruments.filter((outcome) => outcome.improved.estimate !== null);
    expect(await chartPoints(page, 'paired-change-chart')).toBe(withPairs.length);
    for (const outcome of summary.outcomeSummary.instruments) {
      expect(await chartPoints(page, `distribution-${outcome.instrument.code}-chart`)).toBe(outcome.distribution.length);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('changes the data and the URL when a sex is chosen', async () => {
    await open();
    const summary = await queryApi<SummaryAnswer>(api(), SUMMARY, { filter: {} });
    const instrument = defaultInstrument(summary);
    const before = await queryApi<GroupsAnswer>(api(), GROUPS, { instrument, dimension: 'PROGRAMME', filter: {} });

    await page.getByTestId('filter-sex').selectOption('FEMALE');
    await page.waitForURL((url) => url.searchParams.get('sex') === 'FEMALE');
    await settled(page);

    const after = await queryApi<GroupsAnswer>(api(), GROUPS, { instrument, dimension: 'PROGRAMME', filter: { sexes: ['FEMALE'] } });
    expect(after.outcomesByGroup).not.toEqual(before.outcomesByGroup);
    expect(await chartPoints(page, 'outcomes-by-programme-chart')).toBe(drawnGroups(after).length);
    const csv = await downloadCsv(page, 'outcomes-by-programme-csv');
    expect(csv.rows.map((row) => [row[0], row[2]])).toEqual(
      after.outcomesByGroup.map((group) => [group.label, cell(group.improved.denominator)]),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the groups shown, one CSV row per group', async () => {
    await open('?by=AGE_BAND');
    const summary = await queryApi<SummaryAnswer>(api(), SUMMARY, { filter: {} });
    const groups = await queryApi<GroupsAnswer>(api(), GROUPS, { instrument: defaultInstrument(summary), dimension: 'AGE_BAND', filter: {} });
    const csv = await downloadCsv(page, 'outcomes-by-group-csv');
    expect(csv.header[0]).toBe('Age band');
    expect(csv.rows.map((row) => row[0])).toEqual(groups.outcomesByGroup.map((group) => group.label));
    expect(csv.rows.map((row) => row[1])).toEqual(groups.outcomesByGroup.map((group) => cell(group.improved.numerator)));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads at 1280 and 390 px wide without sideways scrolling, and has no serious axe violations', async () => {
    await open();
    await screenshot(page, 'outcomes-1280');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'outcomes-390');
    expect(errors).toEqual([]);
    await page.close();
  });
});
