import "server-only";
import { db } from "@/server/db";
import type { SessionActor } from "@/lib/permissions";
import type { Tx } from "@/server/db";
import { applyTransition } from "./apply-transition";
import { recordSnapshot } from "./record-snapshot";

export type ReturnPartOptions = { actor: SessionActor; submissionId: string; part: "FORCE" | "PCC"; comment: string };

/** In the caller's transaction: the transition, the comment, the approval it ends, and the content as returned. */
export async function returnPartIn(tx: Tx, { actor, submissionId, part, comment }: ReturnPartOptions) {
  const result = await applyTransition(tx, {
    actor,
    submissionId,
    action: part === "FORCE" ? "return_force" : "return_pcc",
    input: { comment },
  });
  await tx.returnNote.create({ data: { submissionId, part, authorId: actor.id, authorName: actor.name, comment: comment.trim() } });
  if (result.from[part] === "APPROVED") {
    await tx.approval.updateMany({
      where: { submissionId, part, voidedAt: null },
      data: { voidedAt: new Date(), voidReason: `Returned by ${actor.name}` },
    });
  }
  await recordSnapshot(tx, { submissionId, part, event: "RETURNED", auditEventId: result.auditEventId });
  return result;
}

/** Sends a part back to its authors with a comment that stays visible until they resubmit. */
export async function returnPart(options: ReturnPartOptions) {
  return db.$transaction((tx) => returnPartIn(tx, options));
}
