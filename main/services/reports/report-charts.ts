import * as echarts from 'echarts';

/** Charts as SVG strings (ECharts' server-side renderer: no canvas, no native module). */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

const PALETTE = ['#b71c1c', '#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f'];
const FONT = { fontFamily: 'Roboto', fontSize: 11, color: '#222' };
// ECharts groups thousands the English way (10,000); a plain number reads the same in every language.
const PLAIN = { formatter: (value: number): string => String(value) };

function render(option: echarts.EChartsCoreOption, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, color: PALETTE, textStyle: FONT, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Horizontal bars, one per label (long activity names stay readable). */
export function barChart(labels: readonly string[], values: readonly number[], size: ChartSize): string {
  return render(
    {
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: PLAIN },
      yAxis: { type: 'category', data: [...labels].reverse(), axisLabel: { width: 200, overflow: 'truncate' } },
      series: [{ type: 'bar', data: [...values].reverse(), label: { show: true, position: 'right' } }],
    },
    size,
  );
}

/** One stacked bar per category (age bracket), one colour per series (sex). */
export function stackedBarChart(
  categories: readonly string[],
  series: readonly { readonly name: string; readonly values: readonly number[] }[],
  size: ChartSize,
): string {
  return render(
    {
      legend: { top: 0, textStyle: FONT },
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: [...categories], axisLabel: { interval: 0, width: 90, overflow: 'break' } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: PLAIN },
      series: series.map((s) => ({ type: 'bar', stack: 'people', name: s.name, data: [...s.values] })),
    },
    size,
  );
}

export function lineChart(labels: readonly string[], values: readonly number[], size: ChartSize): string {
  return render(
    {
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: [...labels], axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: PLAIN },
      series: [{ type: 'line', data: [...values], symbolSize: 5, areaStyle: { opacity: 0.12 } }],
    },
    size,
  );
}
