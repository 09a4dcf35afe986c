import { type LevelCounts, NATIONAL_LEVELS } from '@manyi/core';
import type { Messages } from '../i18n/messages.js';
import type { GroupFigures } from '../schemas.js';
import type { ChartOption, chartColours } from './chart.js';
import type { WeekdayHourCounts } from './heatmap-counts.js';

type Colours = ReturnType<typeof chartColours>;

// Very satisfied … very dissatisfied: green to red, readable on light and dark surfaces.
const LEVEL_COLOURS = ['#1e8e3e', '#7cb342', '#f9ab00', '#f57c00', '#d93025'];

const axis = (c: Colours) => ({
  axisLabel: { color: c.muted },
  axisLine: { lineStyle: { color: c.border } },
  splitLine: { lineStyle: { color: c.border } },
});

/** Every window or staff member is named under its bar (ECharts would hide the ones that touch): wrapped when few, slanted when many. */
function groupLabels(count: number, c: Colours) {
  return count <= 6
    ? { color: c.muted, interval: 0, width: 88, overflow: 'break' as const }
    : { color: c.muted, interval: 0, rotate: 40, width: 110, overflow: 'truncate' as const };
}

/** Stacked bars: ratings per national level for each group. */
export function levelsOption(groups: { name: string; levels: LevelCounts }[], levelNames: string[], c: Colours): ChartOption {
  return {
    animation: false,
    color: LEVEL_COLOURS,
    tooltip: { trigger: 'axis' },
    legend: { textStyle: { color: c.text }, top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: groups.map((g) => g.name), ...axis(c), axisLabel: groupLabels(groups.length, c) },
    yAxis: { type: 'value', minInterval: 1, ...axis(c) },
    series: NATIONAL_LEVELS.map((level, i) => ({
      type: 'bar',
      stack: 'levels',
      name: levelNames[i] ?? String(level),
      data: groups.map((g) => g.levels[level]),
    })),
  };
}

/** Ratings per day with the good-review rate on a second axis. */
export function trendOption(days: GroupFigures[], t: Messages, c: Colours): ChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { textStyle: { color: c.text }, top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: days.map((d) => d.key ?? ''), ...axis(c) },
    yAxis: [
      { type: 'value', minInterval: 1, ...axis(c) },
      { type: 'value', min: 0, max: 100, axisLabel: { color: c.muted, formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: t('trendSeriesTotal'), data: days.map((d) => d.total), itemStyle: { color: c.accent } },
      {
        type: 'line',
        name: t('goodReviewRate'),
        yAxisIndex: 1,
        data: days.map((d) => (d.goodReviewRate === null ? null : Math.round(d.goodReviewRate * 1000) / 10)),
        itemStyle: { color: LEVEL_COLOURS[0] },
      },
    ],
  };
}

/** Weekday rows × hour columns, darker where more ratings came in. */
export function heatmapOption(counts: WeekdayHourCounts, t: Messages, c: Colours): ChartOption {
  const days = [1, 2, 3, 4, 5, 6, 7].map((d) => t(`weekday${d}` as 'weekday1'));
  const data = counts.flatMap((hours, day) => hours.map((n, hour) => [hour, day, n]));
  const max = Math.max(1, ...counts.flat());
  return {
    animation: false,
    tooltip: { position: 'top' },
    grid: { left: 8, right: 8, top: 8, bottom: 48, containLabel: true },
    xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, h) => String(h)), ...axis(c), splitArea: { show: true } },
    yAxis: { type: 'category', data: days, inverse: true, ...axis(c) },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      textStyle: { color: c.muted },
      inRange: { color: ['rgba(11, 87, 208, 0.06)', c.accent] },
    },
    series: [{ type: 'heatmap', data, emphasis: { itemStyle: { borderColor: c.text, borderWidth: 1 } } }],
  };
}
