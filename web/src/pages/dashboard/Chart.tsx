import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type EChartsCoreOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the report pages draw: bars, lines, axes, legend, tooltip, on a canvas.
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** The report pages' colours: brand navy and the accent, AA on white; series differ by shape too. */
export const CHART_COLORS = ['#1f4f82', '#c2570c', '#1f7a3f', '#5f6b7a'];

/**
 * An ECharts chart as an image with a summary for screen readers (`label`): the numbers are
 * also in a table or in labels beside it, so the chart is never the only way to read them.
 * No animation: it would only delay the numbers (and honours reduced motion).
 */
export function Chart({
  option,
  label,
  height = 260,
}: {
  option: EChartsCoreOption;
  label: string;
  height?: number;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    if (!element.current) {
      return;
    }
    const instance = init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        color: CHART_COLORS,
        textStyle: { fontFamily: 'Inter, "Segoe UI", system-ui, sans-serif' },
        ...option,
      },
      true,
    );
  }, [option]);

  return <div ref={element} className="chart" role="img" aria-label={label} style={{ height }} />;
}
