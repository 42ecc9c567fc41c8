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
    const found = await tx.submission.findUnique({
      where: { id: submissionId },
      select: { quarterId: true, quarter: { select: { slug: true } } },
    });
    if (!found) throw new NotFoundError("That submission");
    const { quarterId, quarter } = found;
    const open = await tx.submission.count({ where: { quarterId, stage: { notIn: [...CLOSED_STAGES] } } });
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
