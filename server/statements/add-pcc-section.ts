import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { assertSubmissionEditable, recordPartEdit } from "@/server/submissions/record-part-edit";

export type AddPccSectionOptions = { actor: SessionActor; submissionId: string };

/** Adds an empty themed section at the end of the PCC statement and returns its id. */
export async function addPccSection({ actor, submissionId }: AddPccSectionOptions) {
  assertCan(actor, "pcc:edit");
  return db.$transaction(async (tx) => {
    await assertSubmissionEditable(tx, submissionId);
    const last = await tx.section.findFirst({
      where: { submissionId, kind: "PCC_THEME" },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    const section = await tx.section.create({
      data: { submissionId, part: "PCC", kind: "PCC_THEME", heading: "New section", position: (last?.position ?? 100) + 1 },
      select: { id: true },
    });
    await recordPartEdit(tx, { actor, submissionId, part: "PCC", what: "section.add", entityType: "Section", entityId: section.id });
    return section;
  });
}
