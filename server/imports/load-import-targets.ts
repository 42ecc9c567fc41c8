import "server-only";
import type { Db, Tx } from "@/server/db";
import { monthOfOrNull } from "@/lib/periods/months";
import { withKeys, type ImportTarget } from "@/lib/import/targets";

/** The submission's figures and KPI results as the import matches rows to them, in the task list's order. */
export async function loadImportTargets(client: Db | Tx, submissionId: string): Promise<ImportTarget[]> {
  const [figures, kpis] = await Promise.all([
    client.figure.findMany({ where: { submissionId }, orderBy: { position: "asc" } }),
    client.kpiResult.findMany({ where: { submissionId }, orderBy: { position: "asc" } }),
  ]);
  const measureOrder = [...new Set(figures.map((f) => f.measureKey))];
  const ordered = [...figures].sort(
    (a, b) => measureOrder.indexOf(a.measureKey) - measureOrder.indexOf(b.measureKey) || a.position - b.position,
  );
  const keyed = withKeys(ordered, kpis);
  return [
    ...keyed.figures.map((f): ImportTarget => ({
      kind: "figure",
      key: f.key,
      id: f.id,
      version: f.version,
      name: f.name,
      unit: f.unit,
      measureName: f.measureName,
      baselineValue: f.baselineValue,
      source: f.source,
      values: {
        noLocalData: f.noLocalData,
        noDataReason: f.noDataReason,
        proxyUsed: f.proxyUsed,
        latestValue: f.latestValue,
        periodStart: monthOfOrNull(f.periodStart),
        periodEnd: monthOfOrNull(f.periodEnd),
        periodNote: f.periodNote,
        comparisonLabel: f.comparisonLabel,
        comparisonValue: f.comparisonValue,
      },
    })),
    ...keyed.kpis.map((k): ImportTarget => ({
      kind: "kpi",
      key: k.key,
      id: k.id,
      version: k.version,
      name: k.name,
      unit: k.unit,
      values: { actual: k.actual, periodStart: monthOfOrNull(k.periodStart), periodEnd: monthOfOrNull(k.periodEnd), note: k.note },
    })),
  ];
}
