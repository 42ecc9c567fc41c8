import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import type { coverageSchema } from "@/lib/schemas/section";
import { DomainError, StaleError } from "@/server/errors";
import { assertSubmissionEditable, recordPartEdit } from "@/server/submissions/record-part-edit";

export type SaveCoverageOptions = { actor: SessionActor; input: z.output<typeof coverageSchema> };

/** Records which national priorities the PCC statement marks "not applicable", and why. */
export async function saveCoverage({ actor, input }: SaveCoverageOptions) {
  assertCan(actor, "pcc:edit");
  await db.$transaction(async (tx) => {
    await assertSubmissionEditable(tx, input.submissionId);
    const keys = (
      await tx.section.findMany({ where: { submissionId: input.submissionId, kind: "MEASURE" }, select: { measureKey: true } })
    ).map((s) => s.measureKey);
    if (input.items.some((i) => !keys.includes(i.measureKey))) throw new DomainError("Choose priorities from the list.");
    const updated = await tx.submission.updateMany({
      where: { id: input.submissionId, coverageVersion: input.version },
      data: { coverageVersion: { increment: 1 } },
    });
    if (updated.count !== 1) throw new StaleError("The priorities marked not applicable");
    await tx.pccNotApplicable.deleteMany({ where: { submissionId: input.submissionId } });
    await tx.pccNotApplicable.createMany({
      data: input.items
        .filter((i) => i.notApplicable)
        .map((i) => ({ submissionId: input.submissionId, measureKey: i.measureKey, reason: i.reason })),
    });
    await recordPartEdit(tx, {
      actor,
      submissionId: input.submissionId,
      part: "PCC",
      what: "coverage",
      entityType: "Submission",
      entityId: input.submissionId,
    });
  });
}
