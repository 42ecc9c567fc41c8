import "server-only";
import { db } from "@/server/db";
import type { SessionActor } from "@/lib/permissions";
import { PART_NAMES } from "@/lib/workflow/stages";
import { DomainError } from "@/server/errors";
import { applyTransition } from "./apply-transition";
import { recordSnapshot } from "./record-snapshot";

export type ApprovePartOptions = {
  actor: SessionActor;
  submissionId: string;
  part: "FORCE" | "PCC";
  /** The hash of the content the approver was shown; the approval is refused if it has moved on. */
  expectedHash?: string;
};

export const CHANGED_SINCE_OPENED = "has changed since you opened this page. Reload the page, read the changes, then decide again.";

/**
 * Approves one part, binding the approval to a hash of exactly the content the approver saw;
 * the PCC's approval is bound to the force part it answered as well, so a later change to the
 * force part voids it. The transition's guard enforces separation of duties.
 */
export async function approvePart({ actor, submissionId, part, expectedHash }: ApprovePartOptions) {
  return db.$transaction(async (tx) => {
    const result = await applyTransition(tx, { actor, submissionId, action: part === "FORCE" ? "approve_force" : "approve_pcc" });
    const snapshot = await recordSnapshot(tx, { submissionId, part, event: "APPROVED", auditEventId: result.auditEventId });
    if (expectedHash !== undefined && expectedHash !== snapshot.contentHash) {
      const name = PART_NAMES[part];
      throw new DomainError(`The ${name} ${CHANGED_SINCE_OPENED}`);
    }
    await tx.approval.create({
      data: {
        submissionId,
        part,
        approverId: actor.id,
        approverName: actor.name,
        contentHash: snapshot.contentHash,
        forceHash: snapshot.forceHash,
      },
    });
    return result;
  });
}
