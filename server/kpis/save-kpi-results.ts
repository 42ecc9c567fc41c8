import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import type { KpiFormOutput } from "@/lib/schemas/kpis";
import { assertSubmissionEditable, recordPartEdit } from "@/server/submissions/record-part-edit";
import { writeKpiResults } from "./write-kpi-results";

export type SaveKpiResultsOptions = { actor: SessionActor; input: KpiFormOutput };

export async function saveKpiResults({ actor, input }: SaveKpiResultsOptions) {
  assertCan(actor, "force:edit");
  await db.$transaction(async (tx) => {
    await assertSubmissionEditable(tx, input.submissionId);
    await writeKpiResults(tx, input.submissionId, input.rows);
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
