import type { MeasureTrend } from "@/lib/trends/history";
import { TrendChart } from "./trend-chart";
import { TrendTable } from "./trend-table";

/** Every indicator of a measure across the published quarters: a chart and its data table each. */
export function MeasureTrendView({
  trend,
  headingLevel = 2,
  linkQuarters = true,
}: {
  trend: MeasureTrend;
  headingLevel?: 2 | 3;
  linkQuarters?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (trend.indicators.length === 0) return <p>No figures for this measure have been published yet.</p>;
  return (
    <>
      {trend.indicators.map((indicator, index) => (
        <section key={indicator.indicatorId} aria-labelledby={`t-${trend.key}-${index}`} data-indicator={indicator.name}>
          <Heading id={`t-${trend.key}-${index}`} className="mb-3 mt-6 text-xl font-bold">
            {indicator.name}
          </Heading>
          <TrendChart trend={indicator} id={`trend-${trend.key}-${index}`} />
          <TrendTable trend={indicator} linkQuarters={linkQuarters} />
        </section>
      ))}
    </>
  );
}
