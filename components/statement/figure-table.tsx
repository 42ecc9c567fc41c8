import {
  computeChange,
  describePercentChange,
  formatChange,
  formatValue,
  OUTCOME_LABELS,
  type FigureValues,
} from "@/lib/measures/compute-change";
import { formatStoredPeriod } from "@/lib/periods/months";
import { ScrollRegion } from "@/components/ui/scroll-region";

export type TableFigure = FigureValues & {
  id: string;
  name: string;
  periodStart: Date | null;
  periodEnd: Date | null;
  periodNote: string | null;
  source: string;
  noDataReason: string | null;
  proxyUsed: string | null;
};

/** The previous published quarter's values, by indicator, to show beside this quarter's. */
export type PreviousValues = { label: string; values: Map<string, number | null> };

/** A measure's figures against the baseline: the table every chart also carries as its data. */
export function FigureTable({
  figures,
  caption,
  previous,
}: {
  figures: (TableFigure & { indicatorId?: string })[];
  caption: string;
  previous?: PreviousValues | null;
}) {
  const previousOf = (f: { indicatorId?: string }) => (previous && f.indicatorId ? previous.values.get(f.indicatorId) : undefined);
  return (
    <ScrollRegion label={caption}>
      <table className="mb-4 w-full border-collapse text-left text-base">
        <caption className="mb-2 text-left font-bold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink align-bottom">
            <th scope="col" className="py-2 pr-3">
              Indicator
            </th>
            <th scope="col" className="py-2 pr-3">
              Baseline
            </th>
            <th scope="col" className="py-2 pr-3">
              Latest
            </th>
            <th scope="col" className="py-2 pr-3">
              Change
            </th>
            <th scope="col" className="py-2 pr-3">
              % change
            </th>
            <th scope="col" className="py-2">
              Better or worse
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => {
            if (f.noLocalData) {
              return (
                <tr key={f.id} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {f.name}
                  </th>
                  <td colSpan={5} className="py-2">
                    <strong>No local data.</strong> {f.noDataReason}
                    {f.proxyUsed ? <> Proxy used: {f.proxyUsed}.</> : null}
                  </td>
                </tr>
              );
            }
            const change = computeChange(f);
            return (
              <tr key={f.id} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {f.name}
                  <span className="block text-sm text-muted">Source: {f.source}</span>
                </th>
                <td className="py-2 pr-3">
                  {formatValue(f.baselineValue, f.unit)}
                  {f.baselineValue != null && <span className="block text-sm text-muted">{f.baselineLabel}</span>}
                  {f.comparisonValue != null && (
                    <span className="block text-sm text-muted">
                      Comparison: {formatValue(f.comparisonValue, f.unit)} ({f.comparisonLabel})
                    </span>
                  )}
                </td>
                <td className="py-2 pr-3">
                  {formatValue(f.latestValue, f.unit)}
                  <span className="block text-sm text-muted">{formatStoredPeriod(f.periodStart, f.periodEnd)}</span>
                  {f.periodNote && <span className="block text-sm text-muted">{f.periodNote}</span>}
                  {previousOf(f) != null && (
                    <span className="block text-sm text-muted" data-previous>
                      Previous quarter ({previous!.label}): {formatValue(previousOf(f)!, f.unit)}
                    </span>
                  )}
                </td>
                <td className="py-2 pr-3">
                  {change ? formatChange(change, f.unit) : "–"}
                  {change?.against === "comparison" && <span className="block text-sm text-muted">against comparison</span>}
                </td>
                <td className="py-2 pr-3">{change ? (describePercentChange(change) ?? "–") : "–"}</td>
                <td className="py-2">{change ? OUTCOME_LABELS[change.outcome] : "–"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
