import type { Direction, Unit } from "@/generated/prisma/enums";
import { ragStatus } from "@/lib/kpis/rag";
import { formatValue } from "@/lib/measures/compute-change";
import { formatStoredPeriod } from "@/lib/periods/months";
import { RagBadge } from "@/components/statement/rag-badge";

type Kpi = {
  id: string;
  name: string;
  unit: Unit;
  betterWhen: Direction;
  target: number;
  greenThreshold: number;
  amberThreshold: number;
  actual: number | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  note: string | null;
};

/** The Police and Crime Plan KPI scorecard (Appendix A), RAG in words and colour. */
export function KpiTable({ kpis, caption }: { kpis: Kpi[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
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
              <td className="py-2">
                <RagBadge rag={ragStatus(k, k.actual)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
