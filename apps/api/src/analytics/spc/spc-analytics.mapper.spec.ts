import { tChart } from '@hub/analytics';
import type { QiMeasureSpc } from '@hub/reporting';
import { describe, expect, it } from 'vitest';
import { SpcMarkerKind } from './spc-analytics.enums.js';
import { noteLetter, qiMeasureChartShape, toSpcChart } from './spc-analytics.mapper.js';

// Falls on 28 May, 1 Jun and 20 Jun 2023: a T chart's points are the events themselves.
const events = ['2023-05-28', '2023-06-01', '2023-06-20'];

function tChartSpc(): QiMeasureSpc {
  const chart = tChart([10, 4, 19]);
  return {
    measure: { id: 1, projectId: 1, name: 'Days between falls', description: '', unit: 'days', direction: 'increase', target: null, chart: 't' },
    chart: { kind: chart.kind, chartType: 't', variation: chart.variation, assurance: chart.assurance },
    points: chart.points.map((point, i) => ({ ...point, periodStart: events[i], ghosted: false, rebase: false })),
    // A cycle started on 5 June falls in the interval that began with the fall on 1 June.
    cycles: [
      {
        id: 7,
        projectId: 1,
        projectTitle: 'Falls',
        sequence: 2,
        changeIdea: 'Night-light checks',
        decision: null,
        startedOn: '2023-06-05',
        endedOn: null,
        pointIndex: 1,
        periodStart: '2023-06-01',
      },
    ],
    annotations: [
      { id: 2, notedOn: '2023-06-21', text: 'New ward manager', pointIndex: 2, periodStart: '2023-06-20' },
      { id: 1, notedOn: '2023-05-30', text: 'Staff training', pointIndex: 0, periodStart: '2023-05-28' },
    ],
    reason: 'fewer than 13 points: run chart with the median',
  };
}

describe('SPC chart markers', () => {
  it('keep their own dates on a T chart, not the date of the event before them', () => {
    const chart = toSpcChart(qiMeasureChartShape(tChartSpc()));
    expect(chart.markers.map(({ kind, mark, date, dateLabel, pointIndex }) => ({ kind, mark, date, dateLabel, pointIndex }))).toEqual([
      { kind: SpcMarkerKind.NOTE, mark: 'A', date: '2023-05-30', dateLabel: '30 May 2023', pointIndex: 0 },
      { kind: SpcMarkerKind.PDSA_CYCLE, mark: '2', date: '2023-06-05', dateLabel: '5 Jun 2023', pointIndex: 1 },
      { kind: SpcMarkerKind.NOTE, mark: 'B', date: '2023-06-21', dateLabel: '21 Jun 2023', pointIndex: 2 },
    ]);
    expect(chart.markers[1].text).toBe('PDSA cycle 2 started: Night-light checks');
  });

  it('label an event on the 1st of a month with its day on a T chart', () => {
    const chart = toSpcChart(qiMeasureChartShape(tChartSpc()));
    expect(chart.points.map((point) => point.label)).toEqual(['28 May 2023', '1 Jun 2023', '20 Jun 2023']);
  });

  it('letter notes A to Z, then AA', () => {
    expect([noteLetter(0), noteLetter(25), noteLetter(26), noteLetter(27)]).toEqual(['A', 'Z', 'AA', 'AB']);
  });
});
