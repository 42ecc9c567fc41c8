import "server-only";
import { db } from "@/server/db";
import type { SessionActor } from "@/lib/permissions";
import { currentHashes } from "./load-part-content";
import { applyTransition } from "./apply-transition";
import { DomainError } from "@/server/errors";

export type ApprovePartOptions = {
  actor: SessionActor;
  submissionId: string;
  part: "FORCE" | "PCC";
  /** The hash of the content the approver was shown; the approval is refused if it has moved on. */
  expectedHash?: string;
};

export const CHANGED_SINCE_OPENED = "has changed since you opened this page. Reload the page, read the changes, then decide again.";

/**
 * Approves one part, binding the approval to a hash of exactly the content the approver saw.
 * The transition's guard enforces separation of duties (no approving what you edited).
 */
export async function approvePart({ actor, submissionId, part, expectedHash }: ApprovePartOptions) {
  return db.$transaction(async (tx) => {
    const result = await applyTransition(tx, { actor, submissionId, action: part === "FORCE" ? "approve_force" : "approve_pcc", part });
    const hashes = await currentHashes(tx, submissionId);
    if (expectedHash !== undefined && expectedHash !== hashes[part]) {
      throw new DomainError(`The ${part === "FORCE" ? "force part" : "PCC statement"} ${CHANGED_SINCE_OPENED}`);
    }
    await tx.approval.create({
      data: { submissionId, part, approverId: actor.id, approverName: actor.name, contentHash: hashes[part] },
    });
    return result;
  });
}
