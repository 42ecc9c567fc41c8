import "server-only";
import { db } from "@/server/db";
import { writeAudit } from "@/server/audit/write-audit";
import type { MailTransport } from "./mail-transport";
import type { OutboxStatus, Prisma } from "@/generated/prisma/client";

/** Tries per message: the first, then one after each delay. */
export const MAX_ATTEMPTS = 3;
export const RETRY_DELAYS_MS: readonly number[] = [60_000, 10 * 60_000];
// Longer than a send can take (the transport's timeouts add up to two minutes), so a message
// is claimed by another instance only when the one that claimed it has died.
const CLAIM_MS = 5 * 60_000;

export type DeliverOutboxOptions = {
  transport: MailTransport;
  /** This sender, for the claim. */
  instanceId: string;
  /** At most this many messages in one call. */
  limit?: number;
  retryDelaysMs?: readonly number[];
  log?: Pick<Console, "error" | "warn">;
};

export type DeliveryReport = { claimed: number; delivered: number; retrying: number; failed: number; skipped: number };

const due = (now: Date): Prisma.OutboxMessageWhereInput => ({
  status: "PENDING",
  nextAttemptAt: { lte: now },
  OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }],
});

const CLAIMED = {
  id: true,
  submissionId: true,
  recipientId: true,
  toEmail: true,
  toName: true,
  subject: true,
  text: true,
  link: true,
  attempts: true,
} as const;

/**
 * Claims the oldest message that is due, with a compare-and-set on its row: however many
 * senders look at once (in this process or other instances on the same database), exactly
 * one gets each message. Counts the try as it claims, so a sender that dies mid-send still
 * uses one of the message's tries.
 */
async function claimNext(instanceId: string, tried: readonly string[]) {
  for (let race = 0; race < 10; race++) {
    const now = new Date();
    const candidate = await db.outboxMessage.findFirst({
      // A message tried in this pass waits for the next, however short its retry delay.
      where: { ...due(now), id: { notIn: [...tried] } },
      orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    if (!candidate) return null;
    const { count } = await db.$transaction((tx) =>
      tx.outboxMessage.updateMany({
        where: { id: candidate.id, ...due(now) },
        data: { claimedBy: instanceId, claimedUntil: new Date(now.getTime() + CLAIM_MS), attempts: { increment: 1 } },
      }),
    );
    if (count === 1) return db.outboxMessage.findUniqueOrThrow({ where: { id: candidate.id }, select: CLAIMED });
    // Another sender took it between the read and the write: look again.
  }
  return null;
}

type Claimed = NonNullable<Awaited<ReturnType<typeof claimNext>>>;

/** Records the outcome, only while this sender still holds the claim. */
async function finish(message: Claimed, instanceId: string, data: Prisma.OutboxMessageUpdateManyMutationInput & { status: OutboxStatus }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.outboxMessage.updateMany({
      where: { id: message.id, claimedBy: instanceId },
      data: { ...data, claimedBy: null, claimedUntil: null },
    });
    if (count === 1 && data.status === "FAILED")
      await writeAudit(tx, {
        actor: null,
        action: "mail.failed",
        entityType: "OutboxMessage",
        entityId: message.id,
        submissionId: message.submissionId ?? undefined,
        comment: `${message.subject} to ${message.toEmail}: ${data.lastError}`,
      });
    return count === 1;
  });
}

/** Why a queued message must not go now: its recipient turned emails off or was deactivated since. */
async function refusal(recipientId: string | null) {
  if (!recipientId) return null;
  const user = await db.user.findUnique({ where: { id: recipientId }, select: { active: true, emailNotifications: true } });
  if (!user || !user.active) return "The recipient's account is deactivated.";
  if (!user.emailNotifications) return "The recipient turned emails off.";
  return null;
}

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * Sends what is due in the outbox, one message at a time, each claimed first. A failed try is
 * retried after a delay (RETRY_DELAYS_MS); after MAX_ATTEMPTS tries the message is marked
 * failed (and audited) for an administrator to send again from the outbox. Never throws for
 * a message that cannot be sent: the error is recorded on the message.
 */
export async function deliverOutbox({
  transport,
  instanceId,
  limit = 20,
  retryDelaysMs = RETRY_DELAYS_MS,
  log = console,
}: DeliverOutboxOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { claimed: 0, delivered: 0, retrying: 0, failed: 0, skipped: 0 };
  const tried: string[] = [];
  while (report.claimed < limit) {
    const message = await claimNext(instanceId, tried);
    if (!message) break;
    tried.push(message.id);
    report.claimed++;
    const refused = await refusal(message.recipientId);
    if (refused) {
      if (await finish(message, instanceId, { status: "SKIPPED", lastError: refused })) report.skipped++;
      continue;
    }
    try {
      await transport.send(message);
    } catch (error) {
      const lastError = describeError(error);
      if (message.attempts >= MAX_ATTEMPTS) {
        log.error(`Email ${message.id} to ${message.toEmail} failed after ${message.attempts} tries: ${lastError}`);
        if (await finish(message, instanceId, { status: "FAILED", lastError })) report.failed++;
      } else {
        const delay = retryDelaysMs[message.attempts - 1] ?? retryDelaysMs.at(-1) ?? 0;
        log.warn(`Email ${message.id} to ${message.toEmail} failed (try ${message.attempts} of ${MAX_ATTEMPTS}), retrying: ${lastError}`);
        const nextAttemptAt = new Date(Date.now() + delay);
        if (await finish(message, instanceId, { status: "PENDING", lastError, nextAttemptAt })) report.retrying++;
      }
      continue;
    }
    const sent = await finish(message, instanceId, {
      status: transport.kind === "smtp" ? "SENT" : "LOGGED",
      sentAt: new Date(),
      lastError: null,
    });
    if (sent) report.delivered++;
    else log.warn(`Email ${message.id} was sent after its claim lapsed; another sender may send it too.`);
  }
  return report;
}
