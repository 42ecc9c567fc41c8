import "server-only";
import type { Tx } from "@/server/db";
import { valueProblem } from "@/lib/schemas/number";
import { kpiValues, type KpiRowOutput } from "@/lib/schemas/kpis";
import { monthToDate } from "@/lib/periods/months";
import { DomainError, StaleError } from "@/server/errors";

/**
 * Writes parsed KPI rows of one submission inside the caller's transaction, each only at the
 * version the person saw; a stale row throws and the caller's transaction rolls back. Shared by
 * the KPI form and the spreadsheet import.
 */
export async function writeKpiResults(tx: Tx, submissionId: string, rows: KpiRowOutput[]) {
  const stored = new Map(
    (await tx.kpiResult.findMany({ where: { submissionId }, select: { id: true, unit: true, name: true } })).map((k) => [k.id, k]),
  );
  const fieldErrors: Record<string, string[]> = {};
  rows.forEach((row, index) => {
    const kpi = stored.get(row.kpiResultId);
    if (!kpi) throw new DomainError("One of these KPIs does not belong to this submission.");
    const problem = valueProblem(row.actual, kpi.unit);
    if (problem) fieldErrors[`rows.${index}.actual`] = [problem];
  });
  if (Object.keys(fieldErrors).length) throw new DomainError("Check the highlighted fields.", fieldErrors);
  for (const row of rows) {
    const values = kpiValues(row);
    const updated = await tx.kpiResult.updateMany({
      where: { id: row.kpiResultId, submissionId, version: row.version },
      data: {
        ...values,
        periodStart: values.periodStart ? monthToDate(values.periodStart) : null,
        periodEnd: values.periodEnd ? monthToDate(values.periodEnd) : null,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new StaleError(`The KPI "${stored.get(row.kpiResultId)!.name}"`);
  }
}
