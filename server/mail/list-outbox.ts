import "server-only";
import { db } from "@/server/db";
import { assertCan, type Actor } from "@/lib/permissions";
import type { OutboxStatus } from "@/generated/prisma/client";

export type ListOutboxOptions = { actor: Actor; status?: OutboxStatus };

/** Shown per page: the newest first. */
export const OUTBOX_PAGE_SIZE = 100;

/** The outbox for administrators: how many messages are in each status, and the newest (optionally of one status). */
export async function listOutbox({ actor, status }: ListOutboxOptions) {
  assertCan(actor, "outbox:manage");
  const [groups, messages] = await Promise.all([
    db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
    db.outboxMessage.findMany({
      where: status ? { status } : {},
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        kind: true,
        toName: true,
        toEmail: true,
        subject: true,
        text: true,
        link: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        lastError: true,
        sentAt: true,
      },
    }),
  ]);
  const counts = Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<OutboxStatus, number>>;
  return { counts, messages };
}

export type OutboxListing = Awaited<ReturnType<typeof listOutbox>>;
