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
  seriousAxeViolations,
  settled,
} from '../support/dashboard.checks.js';

const dashboard = () => inject('dashboardUrl');
const api = () => inject('apiUrl');

interface SpcAnswer {
  kind: string;
  points: { period: string; label: string; value: number | null; rebase: boolean }[];
}
interface ProjectsAnswer {
  qiProjects: { id: string; title: string; status: string }[];
}
interface InvolvementAnswer {
  involvementOverTime: { month: string; share: { estimate: number | null; suppressed: boolean } }[];
}
interface ProjectAnswer {
  qiProject: {
    id: string;
    title: string;
    measures: { id: string; name: string; spc: SpcAnswer }[];
    pdsaCycles: { sequence: number }[];
  };
}

const PROJECTS = `query ($filter: QiProjectFilter) { qiProjects(filter: $filter) { id title status } }`;
const INVOLVEMENT = `{ involvementOverTime { month share { estimate suppressed } } }`;
const PROJECT = `query ($id: ID!) { qiProject(id: $id) {
  id title pdsaCycles { sequence }
  measures { id name spc { kind points { period label value rebase } } }
} }`;
const MEASURE_SPC = `query ($id: ID!, $options: SpcOptionsInput) { qiMeasure(id: $id) { spc(options: $options) { kind points { period label value rebase } } } }`;

const drawn = (spc: SpcAnswer) => spc.points.filter((point) => point.value !== null);

describe('the QI pages in a browser', () => {
  const browser = dashboardBrowser();
  let page: Page;
  let errors: string[];

  async function open(path: string): Promise<void> {
    ({ page, errors } = await browser.open(`${dashboard()}${path}`));
  }

  /** The seeded project with the most drawn SPC points, so its charts have something to show. */
  async function richestProject(): Promise<ProjectAnswer['qiProject']> {
    const { qiProjects } = await queryApi<ProjectsAnswer>(api(), PROJECTS, { filter: {} });
    const projects = await Promise.all(qiProjects.map((project) => queryApi<ProjectAnswer>(api(), PROJECT, { id: project.id })));
    const points = (answer: ProjectAnswer) => answer.qiProject.measures.reduce((sum, measure) => sum + drawn(measure.spc).length, 0);
    return projects.sort((a, b) => points(b) - points(a))[0].qiProject;
  }

  it('lists every project from the API and draws service-user involvement from it', async () => {
    await open('/qi');
    const { qiProjects } = await queryApi<ProjectsAnswer>(api(), PROJECTS, { filter: {} });
    expect(qiProjects.length).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('qi-project-card').count()).toBe(qiProjects.length);
    const titles = await page.getByTestId('qi-project-card').locator('h3').allTextContents();
    expect(titles.map((title) => title.trim())).toEqual(qiProjects.map((project) => project.title));

    const { involvementOverTime } = await queryApi<InvolvementAnswer>(api(), INVOLVEMENT);
    const shares = involvementOverTime.filter((point) => !point.share.suppressed && point.share.estimate !== null);
    expect(shares.length).toBeGreaterThan(0);
    expect(await chartPoints(page, 'qi-involvement-chart')).toBe(shares.length);
    await closeWithoutErrors({ page, errors });
  });

  it('changes the projects and the URL when a status or involvement is chosen', async () => {
    await open('/qi');
    const all = await queryApi<ProjectsAnswer>(api(), PROJECTS, { filter: {} });
    // A status that some but not all projects have, so the list must change.
    const counts = new Map<string, number>();
    for (const project of all.qiProjects) counts.set(project.status, (counts.get(project.status) ?? 0) + 1);
    const status = [...counts].find(([, count]) => count < all.qiProjects.length)?.[0];
    expect(status, 'the seed has projects at more than one stage').toBeDefined();

    await page.getByTestId('qi-filter-status').selectOption(status!.toLowerCase());
    await page.waitForURL((url) => url.searchParams.get('status') === status!.toLowerCase());
    await settled(page);
    const filtered = await queryApi<ProjectsAnswer>(api(), PROJECTS, { filter: { statuses: [status] } });
    expect(filtered.qiProjects.length).not.toBe(all.qiProjects.length);
    await expect.poll(() => page.getByTestId('qi-project-card').count()).toBe(filtered.qiProjects.length);

    await page.getByTestId('qi-filter-involvement').selectOption('big-i');
    await page.waitForURL((url) => url.searchParams.get('involvement') === 'big-i' && url.searchParams.get('status') === status!.toLowerCase());
    await settled(page);
    const both = await queryApi<ProjectsAnswer>(api(), PROJECTS, { filter: { statuses: [status], involvementLevels: ['BIG_I'] } });
    if (both.qiProjects.length === 0) await page.getByTestId('qi-projects-empty').waitFor();
    else await expect.poll(() => page.getByTestId('qi-project-card').count()).toBe(both.qiProjects.length);
    await closeWithoutErrors({ page, errors });
  });

  it('downloads the projects shown, one CSV row per project', async () => {
    await open('/qi');
    const titles = (await page.getByTestId('qi-project-card').locator('h3').allTextContents()).map((title) => title.trim());
    const csv = dataColumns(await downloadCsv(page, 'qi-projects-csv'));
    expect(csv.name).toBe('qi-projects_all-months.csv');
    expect(csv.header[0]).toBe('Project');
    expect(csv.rows.map((row) => row[0])).toEqual(titles);

    const involvement = dataColumns(await downloadCsv(page, 'qi-involvement-csv'));
    const { involvementOverTime } = await queryApi<InvolvementAnswer>(api(), INVOLVEMENT);
    expect(involvement.rows.map((row) => row[0])).toEqual(involvementOverTime.map((point) => point.month.slice(0, 7)));
    await closeWithoutErrors({ page, errors });
  });

  it('draws each measure of a project on an SPC chart from the API, with its PDSA cycles', async () => {
    const project = await richestProject();
    await open(`/qi/${project.id}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(project.title);
    for (const measure of project.measures) {
      const chart = `spc-chart-measure-${measure.id}`;
      expect(await chartPoints(page, chart)).toBe(drawn(measure.spc).length);
      expect(await page.getByTestId(chart).getAttribute('data-kind')).toBe(measure.spc.kind);
      expect(await page.getByTestId(chart).locator('[data-testid="spc-point"]').count()).toBe(drawn(measure.spc).length);
    }
    expect(await page.getByTestId('qi-pdsa-cycle').count()).toBe(project.pdsaCycles.length);
    await closeWithoutErrors({ page, errors });
  });

  it('shows a point’s period, value and signal when it is reached with the keyboard', async () => {
    const project = await richestProject();
    const measure = project.measures.find((candidate) => drawn(candidate.spc).length > 0)!;
    await open(`/qi/${project.id}`);
    const first = drawn(measure.spc)[0];
    const point = page.getByTestId(`spc-chart-measure-${measure.id}`).locator('[data-testid="spc-point"]').first();
    await point.focus();
    expect(await point.getAttribute('aria-label')).toContain(first.label);
    const tooltip = page.getByTestId(`spc-tooltip-measure-${measure.id}`);
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.textContent()).toContain(first.label);
    await closeWithoutErrors({ page, errors });
  });

  it('downloads a measure’s chart data and recalculates limits at a point chosen in the URL', async () => {
    const project = await richestProject();
    const measure = [...project.measures].sort((a, b) => drawn(b.spc).length - drawn(a.spc).length)[0];
    await open(`/qi/${project.id}`);
    const csv = dataColumns(await downloadCsv(page, `measure-${measure.id}-csv`));
    expect(csv.rows.map((row) => row[0])).toEqual(measure.spc.points.map((point) => point.label));
    await page.close();

    const rebaseAt = measure.spc.points[Math.floor(measure.spc.points.length / 2)].period;
    const adjusted = await queryApi<{ qiMeasure: { spc: SpcAnswer } }>(api(), MEASURE_SPC, { id: measure.id, options: { rebaseAt: [rebaseAt], ghosted: [] } });
    expect(adjusted.qiMeasure.spc.points.find((point) => point.period === rebaseAt)?.rebase).toBe(true);
    await open(`/qi/${project.id}?measure=${measure.id}&rebase=${rebaseAt}&ghost=`);
    await page.getByTestId(`measure-${measure.id}-adjusted`).waitFor();
    expect(await chartPoints(page, `spc-chart-measure-${measure.id}`)).toBe(drawn(adjusted.qiMeasure.spc).length);
    await closeWithoutErrors({ page, errors });
  });

  it('reads at 1280 and 390 px wide without sideways scrolling, and has no serious axe violations', async () => {
    const project = await richestProject();
    for (const [path, name] of [
      ['/qi', 'qi'],
      [`/qi/${project.id}`, 'qi-project'],
    ]) {
      await open(path);
      await expectReadableAtBothWidths(page, name);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await closeWithoutErrors({ page, errors });
    }
  });
});
