import { Group } from "@visx/group";
import { Bar } from "@visx/shape";
import { scaleBand, scaleLinear } from "@visx/scale";
import { computeChange, describePercentChange, formatValue } from "@/lib/measures/compute-change";
import { formatStoredPeriod } from "@/lib/periods/months";
import type { TableFigure } from "@/components/statement/figure-table";

const WIDTH = 560;
const ROW = 34;
const LABEL = 220;
const PAD = 8;

/** A sentence that says what the chart shows, for screen readers and as its caption. */
export function chartSummary(f: TableFigure) {
  const change = computeChange(f);
  if (!change) return null;
  const words = describePercentChange(change);
  const months = formatStoredPeriod(f.periodStart, f.periodEnd);
  const period = months ? ` (${months})` : "";
  return `${f.name}: ${formatValue(change.latestValue, f.unit)}${period} against ${formatValue(change.referenceValue, f.unit)} (${change.referenceLabel})${words ? `, ${words === "no change" ? "no change" : `a ${words}`}` : ""}.`;
}

/**
 * Latest against baseline (or the analyst's comparison) as two horizontal bars. Server-rendered
 * SVG from visx scales and shapes: complete without JavaScript, readable in print.
 */
export function FigureChart({ figure, id }: { figure: TableFigure; id: string }) {
  const change = computeChange(figure);
  if (!change) return null;
  const months = formatStoredPeriod(figure.periodStart, figure.periodEnd);
  const bars = [
    { label: change.referenceLabel, value: change.referenceValue, fill: "#505a5f" },
    {
      label: months ? `Latest (${months})` : "Latest",
      value: change.latestValue,
      fill: change.outcome === "worse" ? "#d4351c" : "#1d70b8",
    },
  ];
  const height = bars.length * ROW + PAD * 2;
  const max = Math.max(...bars.map((b) => b.value), figure.unit === "PERCENTAGE" ? 100 : 0) || 1;
  const x = scaleLinear<number>({ domain: [0, max], range: [0, WIDTH - LABEL - 90] });
  const y = scaleBand<string>({ domain: bars.map((b) => b.label), range: [PAD, height - PAD], padding: 0.25 });
  const summary = chartSummary(figure)!;
  return (
    <figure className="mb-6 max-w-full" data-chart={figure.name}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} className="max-w-[560px]">
        <title id={`${id}-title`}>{`${figure.name}: latest against ${change.against === "baseline" ? "baseline" : "comparison"}`}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {bars.map((b) => {
          const top = y(b.label) ?? 0;
          const w = Math.max(1, x(b.value));
          return (
            <Group key={b.label} top={top}>
              <text x={LABEL - 8} y={y.bandwidth() / 2} textAnchor="end" dominantBaseline="middle" fontSize="13" fill="#0b0c0c">
                {b.label.length > 32 ? `${b.label.slice(0, 31)}…` : b.label}
              </text>
              <Bar x={LABEL} y={0} width={w} height={y.bandwidth()} fill={b.fill} />
              <text x={LABEL + w + 6} y={y.bandwidth() / 2} dominantBaseline="middle" fontSize="13" fontWeight="700" fill="#0b0c0c">
                {formatValue(b.value, figure.unit)}
              </text>
            </Group>
          );
        })}
      </svg>
      <figcaption className="text-base text-muted">{summary} The figures are in the table above.</figcaption>
    </figure>
  );
}
