import { describe, expect, it } from 'vitest';
import { dayOf } from './calendar.util.js';
import { chartMarkRows, forumMeetingRows, involvementPercent, levelMean, measureValueRows } from './qi.generator.js';
import { Random } from './random.js';
import { qiMeasures } from './reference/qi-project.reference.js';

describe('QI data', () => {
  it('has 1 of 10 projects with service-user input before the forum rebuild and 8 of 10 after', () => {
    expect(involvementPercent(dayOf('2021-12-01'))).toBe(10);
    expect(involvementPercent(dayOf('2023-12-01'))).toBe(80);
  });

  it('gives every measure at least 24 values, and the falls measure a T chart of days between falls', () => {
    const rows = measureValueRows(new Random(1));
    for (const measure of qiMeasures) expect(rows.filter((row) => row.measure_id === measure.id).length).toBeGreaterThanOrEqual(24);
    const falls = qiMeasures.find((measure) => measure.chart === 't')!;
    expect(falls.unit).toBe('days');
  });

  it('steps a level at a change and climbs over a trend', () => {
    const model = { kind: 'level' as const, from: '2020-01-01', mean: 10, sd: 0, decimals: 0, changes: [{ at: '2021-01-01', mean: 20, overMonths: 4 }] };
    expect(levelMean(model, dayOf('2020-12-01'))).toBe(10);
    expect(levelMean(model, dayOf('2021-02-01'))).toBe(15);
    expect(levelMean(model, dayOf('2021-06-01'))).toBe(20);
  });

  it('has more service users and carers at the forum after the rebuild', () => {
    const meetings = forumMeetingRows(new Random(2));
    const average = (rows: typeof meetings): number => rows.reduce((sum, row) => sum + row.service_user_carer_attendees, 0) / rows.length;
    const before = meetings.filter((row) => row.held_on < '2022-03-01');
    const after = meetings.filter((row) => row.held_on >= '2022-03-01');
    expect(average(after)).toBeGreaterThan(average(before) + 4);
  });

  it("keeps the models' ghosts and rebases as chart settings with a reason, not as flags on values", () => {
    const marks = chartMarkRows(measureValueRows(new Random(1)));
    expect(marks).toContainEqual(expect.objectContaining({ measure_id: 10, kind: 'ghost', at: '2020-04-01' }));
    expect(marks).toContainEqual(expect.objectContaining({ measure_id: 10, kind: 'rebase', at: '2020-10-01' }));
    expect(marks.every((mark) => mark.reason.length > 0)).toBe(true);
  });
});
