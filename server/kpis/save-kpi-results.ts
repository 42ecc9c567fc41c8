import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { valueProblem } from "@/lib/schemas/number";
import type { KpiFormOutput } from "@/lib/schemas/kpis";
import { monthToDate } from "@/lib/periods/months";
import { DomainError, StaleError } from "@/server/errors";
import { assertSubmissionEditable, recordPartEdit } from "@/server/submissions/record-part-edit";

export type SaveKpiResultsOptions = { actor: SessionActor; input: KpiFormOutput };

export async function saveKpiResults({ actor, input }: SaveKpiResultsOptions) {
  assertCan(actor, "force:edit");
  await db.$transaction(async (tx) => {
    await assertSubmissionEditable(tx, input.submissionId);
    const stored = new Map(
      (await tx.kpiResult.findMany({ where: { submissionId: input.submissionId }, select: { id: true, unit: true, name: true } })).map(
        (k) => [k.id, k],
      ),
    );
    const fieldErrors: Record<string, string[]> = {};
    input.rows.forEach((row, index) => {
      const kpi = stored.get(row.kpiResultId);
      if (!kpi) throw new DomainError("One of these KPIs does not belong to this submission.");
      const problem = valueProblem(row.actual, kpi.unit);
      if (problem) fieldErrors[`rows.${index}.actual`] = [problem];
    });
    if (Object.keys(fieldErrors).length) throw new DomainError("Check the highlighted fields.", fieldErrors);
    for (const row of input.rows) {
      const updated = await tx.kpiResult.updateMany({
        where: { id: row.kpiResultId, submissionId: input.submissionId, version: row.version },
        data: {
          actual: row.actual,
          periodStart: row.periodStart ? monthToDate(row.periodStart) : null,
          periodEnd: row.periodEnd ? monthToDate(row.periodEnd) : null,
          note: row.note || null,
          version: { increment: 1 },
        },
      });
      if (updated.count !== 1) throw new StaleError(`The KPI "${stored.get(row.kpiResultId)!.name}"`);
    }
    await recordPartEdit(tx, {
      actor,
      submissionId: input.submissionId,
      part: "FORCE",
      what: "kpis",
      entityType: "KpiResult",
      entityId: input.submissionId,
    });
  });
}
