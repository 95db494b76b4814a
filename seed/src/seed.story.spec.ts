import { beforeAll, describe, expect, inject, it } from 'vitest';
import { emptyHub, queryRows, schemaShape } from './database.fixture.js';
import { seedDatabase, type SeedSummary } from './seed.service.js';

/**
 * A seeded town of 3,000 referrals tells the story of docs/methods.md, "The synthetic town". Every figure is computed
 * here by its own SQL, not by the generator.
 */
const url = inject('databaseUrl');
let summary: SeedSummary;
let shapeBefore: string[];

beforeAll(async () => {
  await emptyHub(url);
  shapeBefore = await schemaShape(url);
  summary = await seedDatabase(url, { referrals: 3_000, seed: 20180401 });
});

const one = async <T extends object>(sql: string): Promise<T> => (await queryRows<T>(url, sql))[0];

describe('a seeded town', () => {
  it('reports what it wrote and puts every index and key back', async () => {
    expect(summary.counts.referral).toBe(3_000);
    expect(summary.counts.person).toBeGreaterThan(2_000);
    expect(summary.counts.attendance).toBeGreaterThan(summary.counts.referral);
    expect(await schemaShape(url)).toEqual(shapeBefore);
    const { next } = await one<{ next: string }>(`select nextval('referral_id_seq') as next`);
    expect(Number(next)).toBe(3_001);
  });

  it('has the population of the synthetic town', async () => {
    const rows = await queryRows<{ broad_group: string; share: number; total: number }>(
      url,
      `
      select e.broad_group, 100.0 * sum(p.residents) / sum(sum(p.residents)) over () as share, sum(sum(p.residents)) over () as total
        from population p join ethnic_category e on e.code = p.ethnic_code group by e.broad_group`,
    );
    const share = Object.fromEntries(rows.map((row) => [row.broad_group, Number(row.share)]));
    expect(Math.abs(Number(rows[0].total) - 225_300) / 225_300).toBeLessThan(0.01);
    expect(Math.abs(share.White - 45.2)).toBeLessThan(1);
    expect(Math.abs(share.Asian - 37.0)).toBeLessThan(1);
    expect(Math.abs(share.Black - 10.1)).toBeLessThan(1);
    expect(Math.abs(share.Mixed + share.Other - 7.7)).toBeLessThan(1);
  });

  it('lands near, not on, the first-year outcomes the service reported', async () => {
    const figures = await one<Record<string, string>>(`
      with pairs as (
        select b.instrument_code as instrument, b.score as before, e.score as after
          from referral r
          join outcome_measurement b on b.referral_id = r.id and b.timepoint = 'baseline'
          join outcome_measurement e on e.referral_id = r.id and e.instrument_code = b.instrument_code and e.timepoint = 'end'
         where r.received_on between '2018-04-01' and '2019-03-31' and r.status = 'completed')
      select 100 * (sum(after) filter (where instrument = 'activity') / sum(before) filter (where instrument = 'activity') - 1) as activity,
             100 * (1 - sum(after) filter (where instrument = 'gp_ae_visits') / sum(before) filter (where instrument = 'gp_ae_visits')) as visits,
             100 * avg((after > before)::int) filter (where instrument = 'swemwbs') as wellbeing,
             100 * avg((after > before)::int) filter (where instrument = 'gse') as self_efficacy,
             100 * avg((after >= 5)::int) filter (where instrument = 'fruit_veg') as five_a_day,
             count(*) filter (where instrument = 'swemwbs') as pairs
        from pairs`);
    expect(Number(figures.pairs)).toBeGreaterThan(40);
    const reported = { activity: [91, 12], visits: [75, 5], wellbeing: [93, 5], self_efficacy: [84, 6], five_a_day: [90, 5] } as const;
    for (const [name, [target, tolerance]] of Object.entries(reported)) {
      const value = Number(figures[name]);
      expect(Math.abs(value - target), `${name} = ${value}`).toBeLessThan(tolerance);
      expect(value, name).not.toBe(target);
    }
  });

  it('shows a Black, Asian and minority-ethnic uptake gap that narrows after outreach', async () => {
    const rows = await queryRows<{ year: number; share: string }>(
      url,
      `
      select extract(year from r.received_on - interval '3 months')::int as year,
             100.0 * avg((e.broad_group in ('Asian', 'Black', 'Mixed', 'Other'))::int) as share
        from referral r join person p on p.id = r.person_id join ethnic_category e on e.code = p.ethnic_code
       group by 1`,
    );
    const share = new Map(rows.map((row) => [row.year, Number(row.share)]));
    expect(share.get(2018)!).toBeLessThan(45);
    expect(share.get(2023)! - share.get(2018)!).toBeGreaterThan(10);
    const attributed = await one<{ events: string; referrals: string }>(`
      select count(distinct o.id) as events, count(r.id) as referrals
        from outreach_event o left join referral r on r.outreach_event_id = o.id and r.source_code in ('community', 'self')`);
    expect(Number(attributed.events)).toBeGreaterThan(100);
    expect(Number(attributed.referrals)).toBeGreaterThan(30);
    const early = await one<{ first: string }>(`select min(held_on)::text as first from outreach_event`);
    expect(early.first >= '2019-07-01').toBe(true);
  });

  it('moves referrals through the funnel with waits of three to four weeks and open referrals at the end', async () => {
    const funnel = await one<Record<string, string>>(`
      select percentile_cont(0.5) within group (order by started_on - received_on) as median_wait,
             count(*) filter (where status in ('received', 'assessed', 'started') and received_on >= '2025-01-01') as open_late,
             count(*) filter (where status in ('received', 'assessed', 'started') and received_on < '2024-01-01') as open_early,
             count(*) filter (where status = 'dropped_out') as dropped
        from referral`);
    expect(Number(funnel.median_wait)).toBeGreaterThanOrEqual(21);
    expect(Number(funnel.median_wait)).toBeLessThanOrEqual(28);
    expect(Number(funnel.open_late)).toBeGreaterThan(0);
    expect(Number(funnel.open_early)).toBe(0);
    expect(Number(funnel.dropped)).toBeGreaterThan(0);
    const missing = await one<{ count: string }>(`
      select count(*) from referral r where r.started_on is not null
         and not exists (select 1 from outcome_measurement o where o.referral_id = r.id and o.timepoint = 'baseline')`);
    expect(Number(missing.count)).toBe(0);
  });

  it('tells the QI forum story: 1 of 10 projects with service users, then 8 of 10', async () => {
    const involved = async (on: string): Promise<[number, number]> => {
      const row = await one<{ involved: string; projects: string }>(`
        select count(*) filter (where level <> 'none') as involved, count(*) as projects from (
          select distinct on (p.id) p.id, i.level from qi_project p join qi_project_involvement i on i.project_id = p.id
           where p.started_on <= '${on}' and i.effective_on <= '${on}' order by p.id, i.effective_on desc) latest`);
      return [Number(row.involved), Number(row.projects)];
    };
    expect(await involved('2021-12-31')).toEqual([1, 10]);
    expect(await involved('2023-12-31')).toEqual([8, 10]);
    const points = await one<{ fewest: string; t_charts: string }>(`
      select min(n) as fewest, count(*) filter (where chart = 't') as t_charts
        from (select m.id, m.chart, count(v.*) as n from qi_measure m left join qi_measure_value v on v.measure_id = m.id group by m.id) counted`);
    expect(Number(points.fewest)).toBeGreaterThanOrEqual(24);
    expect(Number(points.t_charts)).toBe(1);
  });
});
