import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import type { WithdrawalReason } from "@/lib/schemas/transition";
import { DomainError, NotFoundError } from "@/server/errors";
import { applyTransition } from "./apply-transition";
import { CLOSED_STAGES } from "@/lib/workflow/stages";
import { recordPublicChange } from "@/server/public-site/record-public-change";

export type WithdrawSubmissionOptions = {
  actor: SessionActor;
  submissionId: string;
  reason: WithdrawalReason | undefined;
  explanation: string;
};

/** Withdraws a published quarter: its public URLs then show a notice instead of the content. */
export async function withdrawSubmission({ actor, submissionId, reason, explanation }: WithdrawSubmissionOptions) {
  assertCan(actor, "submission:withdraw");
  if (!reason) throw new DomainError("Choose a reason for withdrawing.", { withdrawalReason: ["Choose a reason for withdrawing"] });
  return db.$transaction(async (tx) => {
    // The row lock first (startEdition takes the same one), so a withdrawal and a new edition
    // of the quarter are decided one after the other and never both happen.
    const locked = await tx.submission.updateMany({ where: { id: submissionId }, data: { updatedAt: new Date() } });
    if (locked.count !== 1) throw new NotFoundError("That submission");
    const { quarterId, quarter } = await tx.submission.findUniqueOrThrow({
      where: { id: submissionId },
      select: { quarterId: true, quarter: { select: { slug: true } } },
    });
    // Another edition of the quarter still open (this one, if open, is refused by its stage).
    const open = await tx.submission.count({ where: { quarterId, id: { not: submissionId }, stage: { notIn: [...CLOSED_STAGES] } } });
    if (open > 0)
      throw new DomainError(
        "A new edition of this quarter is open. Publish or abandon it (on its submission page) before withdrawing the quarter.",
      );
    const result = await applyTransition(tx, {
      actor,
      submissionId,
      action: "withdraw",
      input: { comment: explanation },
      data: { withdrawnAt: new Date(), withdrawalReason: reason, withdrawalExplanation: explanation.trim() },
    });
    await recordPublicChange(tx, quarter.slug);
    return { ...result, slug: quarter.slug };
  });
}
