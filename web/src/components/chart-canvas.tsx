import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartProps } from './chart';

/** Colours with at least 3:1 contrast on white, told apart by more than hue. */
const PALETTE = ['#0b5394', '#c25e00', '#1d6b35', '#7a3b99', '#a4262c', '#4d5663'];

/** The drawing of a chart (Recharts): only imported lazily, by `Chart`. */
export default function ChartCanvas({
  data,
  series,
  formatValue,
  formatAxis,
  layout = 'vertical',
  height,
}: ChartProps) {
  const horizontal = layout === 'horizontal';
  const axisFormat = formatAxis ?? formatValue;
  const tooltipFormat = (value: unknown) => (typeof value === 'number' ? formatValue(value) : String(value ?? ''));
  return (
    <ComposedChart
      responsive
      style={{ width: '100%', height }}
      data={[...data]}
      layout={horizontal ? 'vertical' : 'horizontal'}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#d5dae1" />
      {horizontal ? (
        <>
          <XAxis type="number" tickFormatter={axisFormat} allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={140} tick={{ fontSize: 12 }} />
        </>
      ) : (
        <>
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={axisFormat} allowDecimals={false} width={72} />
        </>
      )}
      <Tooltip formatter={tooltipFormat} />
      {series.length > 1 && <Legend />}
      {series.map((item, index) => {
        const color = PALETTE[index % PALETTE.length];
        return item.kind === 'line' ? (
          <Line
            key={item.key}
            dataKey={item.key}
            name={item.name}
            stroke={color}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        ) : (
          <Bar
            key={item.key}
            dataKey={item.key}
            name={item.name}
            fill={color}
            stackId={item.stack}
            isAnimationActive={false}
          />
        );
      })}
    </ComposedChart>
  );
}
