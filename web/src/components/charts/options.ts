import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, GaugeSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';

/** The option type of `<EChart>`: only the series and components it registers. */
export type EChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GaugeSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | DatasetComponentOption
  | MarkLineComponentOption
>;

/** One colour per meaning, the same on every chart and tag. */
export const chartColors = {
  received: '#2563eb',
  resolved: '#0f766e',
  early: '#16a34a',
  onTime: '#22c55e',
  late: '#dc2626',
  pending: '#60a5fa',
  overdue: '#f97316',
  rate: '#b3261e',
} as const;
