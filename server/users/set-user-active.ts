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
    // A guarded write: only a user not already in that state changes (and is audited), so two
    // administrators deactivating one account at once record it once.
    const changed = await tx.user.updateMany({
      where: { id: userId, active: !active },
      data: active ? { active } : { active, sessionsRevokedAt: new Date() },
    });
    if (changed.count !== 1) {
      if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw new NotFoundError("That user");
      return;
    }
    await writeAudit(tx, {
      actor,
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: userId,
      fromStatus: active ? "inactive" : "active",
      toStatus: active ? "active" : "inactive",
    });
  });
}
