import "server-only";
import type { Tx } from "@/server/db";
import { valueProblem } from "@/lib/schemas/number";
import { monthToDate, type Month } from "@/lib/periods/months";
import { figureValues, type FigureRowOutput } from "@/lib/schemas/figures";
import { DomainError, StaleError } from "@/server/errors";

const asDate = (month: Month | null) => (month ? monthToDate(month) : null);

/**
 * Writes parsed figure rows of one submission inside the caller's transaction, each only if it
 * is still at the version the person saw (optimistic versioning): a stale row throws and the
 * caller's transaction rolls back every row. Values are re-checked against the stored unit, not
 * the unit the browser sent. Shared by the figures form and the spreadsheet import, so both
 * write the same way. Returns the figures' names.
 */
export async function writeFigures(tx: Tx, submissionId: string, rows: FigureRowOutput[]) {
  const stored = await tx.figure.findMany({
    where: { submissionId, id: { in: rows.map((f) => f.figureId) } },
    select: { id: true, unit: true, name: true },
  });
  const byId = new Map(stored.map((f) => [f.id, f]));
  const fieldErrors: Record<string, string[]> = {};
  rows.forEach((row, index) => {
    const figure = byId.get(row.figureId);
    if (!figure) throw new DomainError("One of these figures does not belong to this submission.");
    if (row.noLocalData) return;
    const latest = valueProblem(row.latestValue, figure.unit);
    if (latest) fieldErrors[`figures.${index}.latestValue`] = [latest];
    const comparison = valueProblem(row.comparisonValue, figure.unit);
    if (comparison) fieldErrors[`figures.${index}.comparisonValue`] = [comparison];
  });
  if (Object.keys(fieldErrors).length) throw new DomainError("Check the highlighted fields.", fieldErrors);

  for (const row of rows) {
    const values = figureValues(row);
    const updated = await tx.figure.updateMany({
      where: { id: row.figureId, submissionId, version: row.version },
      data: { ...values, periodStart: asDate(values.periodStart), periodEnd: asDate(values.periodEnd), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new StaleError(`The figure "${byId.get(row.figureId)!.name}"`);
  }
  return stored.map((f) => f.name);
}
