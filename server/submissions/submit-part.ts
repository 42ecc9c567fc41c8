import "server-only";
import { db } from "@/server/db";
import type { SessionActor } from "@/lib/permissions";
import { applyTransition } from "./apply-transition";
import { recordSnapshot } from "./record-snapshot";

export type SubmitPartOptions = {
  actor: SessionActor;
  submissionId: string;
  part: "FORCE" | "PCC";
  /** The author ticked "I have checked the flagged numbers". */
  checkedFlags?: boolean;
};

/**
 * Submits the force part (figures, KPI actuals, force statement) to the DCC, or the PCC
 * statement to the PCC. Resubmitting resolves that part's return comments; the content as
 * submitted is kept so the approver can see what changed since.
 */
export async function submitPart({ actor, submissionId, part, checkedFlags }: SubmitPartOptions) {
  return db.$transaction(async (tx) => {
    const result = await applyTransition(tx, {
      actor,
      submissionId,
      action: part === "FORCE" ? "submit_force" : "submit_pcc",
      input: { checkedFlags },
    });
    await tx.returnNote.updateMany({ where: { submissionId, part, resolvedAt: null }, data: { resolvedAt: new Date() } });
    await recordSnapshot(tx, { submissionId, part, event: "SUBMITTED", auditEventId: result.auditEventId });
    return result;
  });
}
