import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { valueProblem } from "@/lib/schemas/number";
import { monthToDate, type Month } from "@/lib/periods/months";
import type { FiguresFormOutput } from "@/lib/schemas/figures";
import { DomainError, StaleError } from "@/server/errors";
import { assertSubmissionEditable, recordPartEdit } from "@/server/submissions/record-part-edit";

const asDate = (month: Month | null) => (month ? monthToDate(month) : null);

export type SaveFiguresOptions = { actor: SessionActor; input: FiguresFormOutput };

/** Saves one measure's figures together: every row or none (a stale row rolls back all). */
export async function saveFigures({ actor, input }: SaveFiguresOptions) {
  assertCan(actor, "force:edit");
  await db.$transaction(async (tx) => {
    await assertSubmissionEditable(tx, input.submissionId);
    const stored = await tx.figure.findMany({
      where: { submissionId: input.submissionId, id: { in: input.figures.map((f) => f.figureId) } },
      select: { id: true, unit: true, name: true },
    });
    const units = new Map(stored.map((f) => [f.id, f]));
    // The browser sent the unit for its own validation; the bounds are re-checked against the stored unit.
    const fieldErrors: Record<string, string[]> = {};
    input.figures.forEach((row, index) => {
      const figure = units.get(row.figureId);
      if (!figure) throw new DomainError("One of these figures does not belong to this submission.");
      if (row.noLocalData) return;
      const latest = valueProblem(row.latestValue, figure.unit);
      if (latest) fieldErrors[`figures.${index}.latestValue`] = [latest];
      const comparison = valueProblem(row.comparisonValue, figure.unit);
      if (comparison) fieldErrors[`figures.${index}.comparisonValue`] = [comparison];
    });
    if (Object.keys(fieldErrors).length) throw new DomainError("Check the highlighted fields.", fieldErrors);

    for (const row of input.figures) {
      const data = row.noLocalData
        ? {
            noLocalData: true,
            noDataReason: row.noDataReason,
            proxyUsed: row.proxyUsed || null,
            latestValue: null,
            periodStart: null,
            periodEnd: null,
            periodNote: null,
            comparisonLabel: null,
            comparisonValue: null,
          }
        : {
            noLocalData: false,
            noDataReason: null,
            proxyUsed: null,
            latestValue: row.latestValue,
            periodStart: asDate(row.periodStart),
            periodEnd: asDate(row.periodEnd),
            periodNote: row.periodNote || null,
            comparisonLabel: row.comparisonLabel || null,
            comparisonValue: row.comparisonValue,
          };
      const updated = await tx.figure.updateMany({
        where: { id: row.figureId, submissionId: input.submissionId, version: row.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new StaleError(`The figure "${units.get(row.figureId)!.name}"`);
    }
    await recordPartEdit(tx, {
      actor,
      submissionId: input.submissionId,
      part: "FORCE",
      what: "figures",
      entityType: "Figure",
      entityId: input.figures.map((f) => f.figureId).join(","),
      details: { indicators: stored.map((f) => f.name) },
    });
  });
}
