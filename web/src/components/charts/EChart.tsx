import { useEffect, useRef, type CSSProperties } from 'react';
import { init, use, type ECElementEvent, type ECharts } from 'echarts/core';
import { BarChart, GaugeChart, LineChart, PieChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartOption } from './options';

// Only what the pages draw is bundled (bar, line, pie, gauge on a canvas), not the whole library.
use([BarChart, LineChart, PieChart, GaugeChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, DatasetComponent, MarkLineComponent, LabelLayout, CanvasRenderer]);

/** What a click on a bar, a point or a slice tells the page. */
export interface EChartClick {
  /** Category name (x-axis label, slice name). */
  name: string;
  dataIndex: number;
  seriesIndex: number;
  seriesName: string;
  /** The datum as given in the option (for a `data: [{ value, … }]` item, that object). */
  data: unknown;
}

export interface EChartProps {
  option: EChartOption;
  /** Height in pixels (the width follows the container). */
  height?: number;
  onClick?: (event: EChartClick) => void;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  ariaLabel?: string;
  style?: CSSProperties;
}

/**
 * A tree-shaken ECharts chart: `<EChart option={…} height={…} onClick={…} />`. Follows its container's
 * width (ResizeObserver), replaces the whole option on change, and is disposed on unmount.
 */
export function EChart({ option, height = 320, onClick, ariaLabel, style }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickRef = useRef(onClick);
  useEffect(() => {
    clickRef.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event: ECElementEvent) => {
      clickRef.current?.({
        name: event.name,
        dataIndex: event.dataIndex,
        seriesIndex: event.seriesIndex ?? 0,
        seriesName: event.seriesName ?? '',
        data: event.data,
      });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} role="img" aria-label={ariaLabel} style={{ width: '100%', height, ...style }} />;
}
