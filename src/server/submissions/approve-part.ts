import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/lib/permissions";
import { currentHashes } from "./load-part-content";
import { applyTransition } from "./apply-transition";

export type ApprovePartOptions = { actor: Actor & { email?: string; name?: string }; submissionId: string; part: "FORCE" | "PCC" };

/**
 * Approves one part, binding the approval to a hash of exactly the content on screen now.
 * The transition's guard enforces separation of duties (no approving what you edited).
 */
export async function approvePart({ actor, submissionId, part }: ApprovePartOptions) {
  return db.$transaction(async (tx) => {
    const result = await applyTransition(tx, { actor, submissionId, action: part === "FORCE" ? "approve_force" : "approve_pcc", part });
    const hashes = await currentHashes(tx, submissionId);
    await tx.approval.create({
      data: { submissionId, part, approverId: actor.id, approverName: actor.name ?? actor.email ?? actor.id, contentHash: hashes[part] },
    });
    return result;
  });
}
