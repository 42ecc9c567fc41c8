import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { writeAudit } from "@/server/audit/write-audit";
import { DomainError } from "@/server/errors";

export type ResendMailOptions = {
  actor: SessionActor;
  /** One failed message; without it, every failed message. */
  messageId?: string;
};

/**
 * Puts failed messages back in the queue with three fresh tries (an administrator does this
 * once the mail server is back). Only failed messages move: a message sent meanwhile, or
 * sent again by another administrator, is left alone.
 */
export async function resendMail({ actor, messageId }: ResendMailOptions) {
  assertCan(actor, "outbox:manage");
  return db.$transaction(async (tx) => {
    const { count } = await tx.outboxMessage.updateMany({
      where: { status: "FAILED", ...(messageId ? { id: messageId } : {}) },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), claimedBy: null, claimedUntil: null },
    });
    if (count === 0)
      throw new DomainError(
        messageId ? "That email is no longer marked failed: it may have been sent again already." : "No emails are marked failed.",
      );
    await writeAudit(tx, {
      actor,
      action: "mail.resend",
      entityType: "OutboxMessage",
      entityId: messageId ?? "all-failed",
      details: { count },
    });
    return { count };
  });
}
