import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/lib/permissions";

/** The signed-in person's own account, and the last emails Scorecard queued for them. */
export async function getAccount(actor: Actor) {
  const [user, recentMail] = await Promise.all([
    db.user.findUnique({ where: { id: actor.id }, select: { name: true, email: true, emailNotifications: true } }),
    db.outboxMessage.findMany({
      where: { recipientId: actor.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 10,
      select: { id: true, createdAt: true, subject: true, link: true, status: true },
    }),
  ]);
  return user && { ...user, recentMail };
}
