import "server-only";
import { db } from "@/server/db";
import type { SessionActor } from "@/lib/permissions";
import { applyTransition } from "./apply-transition";

export type SubmitPartOptions = { actor: SessionActor; submissionId: string; action: "submit_data" | "submit_force" | "submit_pcc" };

/** Submits the figures, the force statement or the PCC statement; resubmitting resolves that part's return comments. */
export async function submitPart({ actor, submissionId, action }: SubmitPartOptions) {
  const part = action === "submit_pcc" ? "PCC" : "FORCE";
  return db.$transaction(async (tx) => {
    const result = await applyTransition(tx, { actor, submissionId, action, part });
    if (action !== "submit_data") {
      await tx.returnNote.updateMany({ where: { submissionId, part, resolvedAt: null }, data: { resolvedAt: new Date() } });
    }
    return result;
  });
}
