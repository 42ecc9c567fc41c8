import { Group } from "@visx/group";
import { LinePath } from "@visx/shape";
import { scaleLinear, scalePoint } from "@visx/scale";
import { formatValue } from "@/lib/measures/compute-change";
import { quarterLabel } from "@/lib/quarters";
import type { IndicatorTrend } from "@/lib/trends/history";

const WIDTH = 560;
const HEIGHT = 240;
const M = { top: 20, right: 24, bottom: 36, left: 64 };

const label = (p: IndicatorTrend["points"][number]) => quarterLabel(p.quarter.fyStart, p.quarter.quarter);

/** A sentence that says what the chart shows, for screen readers and as its caption. */
export function trendSummary(t: IndicatorTrend) {
  const known = t.points.filter((p) => p.value != null);
  if (known.length === 0) return `${t.name}: no local data in any published quarter.`;
  const values = known.map((p) => `${formatValue(p.value, t.unit)} in ${label(p)}`).join(", ");
  const baseline = t.baselineValue != null ? ` The baseline (${t.baselineLabel}) is ${formatValue(t.baselineValue, t.unit)}.` : "";
  return `${t.name}: ${values}.${baseline}`;
}

/**
 * An indicator's value in each published quarter as a line, against its baseline as a dashed
 * line. Server-rendered SVG from visx scales and shapes: complete without JavaScript.
 */
export function TrendChart({ trend, id }: { trend: IndicatorTrend; id: string }) {
  const known = trend.points.filter((p) => p.value != null);
  if (known.length === 0) return null;
  const max = Math.max(...known.map((p) => p.value!), trend.baselineValue ?? 0, trend.unit === "PERCENTAGE" ? 100 : 0) || 1;
  const x = scalePoint<string>({ domain: trend.points.map(label), range: [M.left, WIDTH - M.right], padding: 0.5 });
  const y = scaleLinear<number>({ domain: [0, max * 1.1], range: [HEIGHT - M.bottom, M.top], nice: true });
  const summary = trendSummary(trend);
  return (
    <figure className="mb-6 max-w-full" data-trend-chart={trend.name}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} className="max-w-[560px]">
        <title id={`${id}-title`}>{`${trend.name}: each published quarter`}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <line x1={M.left} x2={WIDTH - M.right} y1={HEIGHT - M.bottom} y2={HEIGHT - M.bottom} stroke="#0b0c0c" />
        {y.ticks(4).map((t) => (
          <Group key={t} top={y(t)}>
            <line x1={M.left - 4} x2={M.left} stroke="#0b0c0c" />
            <text x={M.left - 8} textAnchor="end" dominantBaseline="middle" fontSize="12" fill="#0b0c0c">
              {formatValue(t, trend.unit)}
            </text>
          </Group>
        ))}
        {trend.baselineValue != null && (
          <Group top={y(trend.baselineValue)}>
            <line x1={M.left} x2={WIDTH - M.right} stroke="#505a5f" strokeDasharray="6 4" strokeWidth={2} />
            <text x={WIDTH - M.right} y={-6} textAnchor="end" fontSize="12" fill="#505a5f">
              {`Baseline ${formatValue(trend.baselineValue, trend.unit)}`}
            </text>
          </Group>
        )}
        <LinePath data={known} x={(p) => x(label(p)) ?? 0} y={(p) => y(p.value!)} stroke="#1d70b8" strokeWidth={3} fill="none" />
        {trend.points.map((p) => (
          <Group key={p.quarter.slug} left={x(label(p)) ?? 0}>
            <text y={HEIGHT - M.bottom + 18} textAnchor="middle" fontSize="12" fill="#0b0c0c">
              {label(p)}
            </text>
            {p.value != null && (
              <>
                <circle cy={y(p.value)} r={5} fill="#1d70b8" />
                <text y={y(p.value) - 10} textAnchor="middle" fontSize="13" fontWeight="700" fill="#0b0c0c">
                  {formatValue(p.value, trend.unit)}
                </text>
              </>
            )}
          </Group>
        ))}
      </svg>
      <figcaption className="text-base text-muted">{summary} The figures are in the table below.</figcaption>
    </figure>
  );
}
