import { computeChange, describePercentChange, formatValue } from "@/lib/measures/compute-change";
import { quarterLabel } from "@/lib/quarters";
import { quarterPath } from "@/lib/public-site/paths";
import type { IndicatorTrend } from "@/lib/trends/history";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The data behind a trend chart: each published quarter's value, its period and the change against the baseline. */
export function TrendTable({ trend, linkQuarters = true }: { trend: IndicatorTrend; linkQuarters?: boolean }) {
  const caption = `${trend.name}: value in each published quarter`;
  return (
    <ScrollRegion label={caption}>
      <table className="mb-6 w-full border-collapse text-left text-base" data-trend-table={trend.name}>
        <caption className="mb-2 text-left font-bold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink align-bottom">
            <th scope="col" className="py-2 pr-3">
              Quarter
            </th>
            <th scope="col" className="py-2 pr-3">
              Value
            </th>
            <th scope="col" className="py-2 pr-3">
              Period
            </th>
            <th scope="col" className="py-2">
              Against the baseline ({trend.baselineValue == null ? "none" : formatValue(trend.baselineValue, trend.unit)})
            </th>
          </tr>
        </thead>
        <tbody>
          {trend.points.map((p) => {
            const name = quarterLabel(p.quarter.fyStart, p.quarter.quarter);
            const change =
              p.value == null
                ? null
                : computeChange({
                    unit: trend.unit,
                    betterWhen: trend.betterWhen,
                    baselineLabel: trend.baselineLabel,
                    baselineValue: trend.baselineValue,
                    latestValue: p.value,
                    noLocalData: false,
                  });
            return (
              <tr key={p.quarter.slug} className="border-b border-line align-top" data-quarter={p.quarter.slug}>
                <th scope="row" className="py-2 pr-3 font-normal">
                  {linkQuarters ? <a href={quarterPath(p.quarter.slug)}>{name}</a> : name}
                </th>
                <td className="py-2 pr-3">{p.noLocalData ? "No local data" : formatValue(p.value, trend.unit)}</td>
                <td className="py-2 pr-3">{p.period ?? "–"}</td>
                <td className="py-2">{change ? (describePercentChange(change) ?? "–") : "–"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
