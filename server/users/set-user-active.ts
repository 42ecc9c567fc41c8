import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { writeAudit } from "@/server/audit/write-audit";
import { DomainError, NotFoundError } from "@/server/errors";

export type SetUserActiveOptions = { actor: SessionActor; userId: string; active: boolean };

/** Deactivation also revokes every session the user holds, so it takes effect at once. */
export async function setUserActive({ actor, userId, active }: SetUserActiveOptions) {
  assertCan(actor, "users:manage");
  if (userId === actor.id && !active) throw new DomainError("You cannot deactivate your own account.");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { active: true } });
    if (!user) throw new NotFoundError("That user");
    if (user.active === active) return;
    await tx.user.update({
      where: { id: userId },
      data: active ? { active } : { active, sessionsRevokedAt: new Date() },
    });
    await writeAudit(tx, {
      actor,
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: userId,
      fromStatus: user.active ? "active" : "inactive",
      toStatus: active ? "active" : "inactive",
    });
  });
}
