import { ragStatus, type KpiResultValues } from "@/lib/kpis/rag";
import { formatValue } from "@/lib/measures/compute-change";
import { formatStoredPeriod } from "@/lib/periods/months";
import { RagBadge } from "@/components/statement/rag-badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { movement, movementWords } from "@/lib/trends/history";

type Kpi = KpiResultValues & { id: string; kpiId?: string; note: string | null };

/** The previous published quarter's actuals, by KPI definition. */
export type PreviousKpis = { label: string; actuals: Map<string, number | null> };

/**
 * The Police and Crime Plan KPI scorecard (Appendix A), RAG in words and colour; with the
 * previous quarter's actual and the direction of travel (words and symbol) when given one.
 */
export function KpiTable({ kpis, caption, previous }: { kpis: Kpi[]; caption: string; previous?: PreviousKpis | null }) {
  const before = (k: Kpi) => (previous && k.kpiId ? previous.actuals.get(k.kpiId) : undefined);
  return (
    <ScrollRegion label={caption}>
      <table className="mb-4 w-full border-collapse text-left text-base">
        <caption className="mb-2 text-left font-bold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink align-bottom">
            <th scope="col" className="py-2 pr-3">
              Key performance indicator
            </th>
            <th scope="col" className="py-2 pr-3">
              Target
            </th>
            <th scope="col" className="py-2 pr-3">
              Actual
            </th>
            <th scope="col" className="py-2 pr-3">
              Period
            </th>
            {previous && (
              <>
                <th scope="col" className="py-2 pr-3">
                  Previous quarter ({previous.label})
                </th>
                <th scope="col" className="py-2 pr-3">
                  Direction
                </th>
              </>
            )}
            <th scope="col" className="py-2">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((k) => (
            <tr key={k.id} className="border-b border-line align-top" data-kpi={k.name}>
              <th scope="row" className="py-2 pr-3 font-normal">
                {k.name}
                {k.note && <span className="block text-sm text-muted">{k.note}</span>}
              </th>
              <td className="py-2 pr-3">
                {k.betterWhen === "LOWER_IS_BETTER" ? "At most " : "At least "}
                {formatValue(k.target, k.unit)}
              </td>
              <td className="py-2 pr-3">{formatValue(k.actual, k.unit)}</td>
              <td className="py-2 pr-3">{formatStoredPeriod(k.periodStart, k.periodEnd) ?? "–"}</td>
              {previous && <PreviousCells kpi={k} before={before(k)} />}
              <td className="py-2">
                <RagBadge rag={ragStatus(k, k.actual)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function PreviousCells({ kpi, before }: { kpi: Kpi; before: number | null | undefined }) {
  const moved = movement(before, kpi.actual, kpi.betterWhen);
  return (
    <>
      <td className="py-2 pr-3" data-previous>
        {before == null ? "–" : formatValue(before, kpi.unit)}
      </td>
      <td className="py-2 pr-3" data-direction>
        {moved ? (
          <>
            <span aria-hidden="true">{moved.symbol}</span> {movementWords(moved)}
          </>
        ) : (
          "–"
        )}
      </td>
    </>
  );
}
