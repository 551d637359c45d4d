export { EChart, type EChartClick, type EChartProps } from './EChart';
export { chartColors, type EChartOption } from './options';
