import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { DomainError, NotFoundError, StaleError } from "@/server/errors";
import { assertSubmissionEditable, recordPartEdit } from "@/server/submissions/record-part-edit";

export type DeletePccSectionOptions = { actor: SessionActor; sectionId: string; version: number };

export async function deletePccSection({ actor, sectionId, version }: DeletePccSectionOptions) {
  assertCan(actor, "pcc:edit");
  // Read before the transaction (a section's kind and submission never change), which must
  // start with the submission's row lock to wait for a concurrent edit (see saveSection).
  const section = await db.section.findUnique({ where: { id: sectionId }, select: { submissionId: true, kind: true, heading: true } });
  if (!section) throw new NotFoundError("That section");
  if (section.kind !== "PCC_THEME") throw new DomainError("Only themed sections of the PCC statement can be removed.");
  return db.$transaction(async (tx) => {
    await assertSubmissionEditable(tx, section.submissionId);
    const deleted = await tx.section.deleteMany({ where: { id: sectionId, version } });
    if (deleted.count !== 1) throw new StaleError(`The section "${section.heading}"`);
    await recordPartEdit(tx, {
      actor,
      submissionId: section.submissionId,
      part: "PCC",
      what: "section.delete",
      entityType: "Section",
      entityId: sectionId,
      details: { heading: section.heading },
    });
    return { submissionId: section.submissionId };
  });
}
