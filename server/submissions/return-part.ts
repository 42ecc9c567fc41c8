import "server-only";
import { db } from "@/server/db";
import type { SessionActor } from "@/lib/permissions";
import { applyTransition } from "./apply-transition";

export type ReturnPartOptions = { actor: SessionActor; submissionId: string; part: "FORCE" | "PCC"; comment: string };

/** Sends a part back to its authors with a comment that stays visible until they resubmit. */
export async function returnPart({ actor, submissionId, part, comment }: ReturnPartOptions) {
  return db.$transaction(async (tx) => {
    const result = await applyTransition(tx, {
      actor,
      submissionId,
      action: part === "FORCE" ? "return_force" : "return_pcc",
      input: { comment },
      part,
    });
    await tx.returnNote.create({ data: { submissionId, part, authorId: actor.id, authorName: actor.name, comment: comment.trim() } });
    return result;
  });
}
