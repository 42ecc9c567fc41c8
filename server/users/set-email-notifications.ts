import "server-only";
import { db } from "@/server/db";
import type { SessionActor } from "@/lib/permissions";
import { writeAudit } from "@/server/audit/write-audit";
import { NotFoundError } from "@/server/errors";

export type SetEmailNotificationsOptions = { actor: SessionActor; on: boolean };

/**
 * Turns the signed-in person's own emails on or off (the "Your account" page). It acts only on
 * the actor's own account, so it needs no permission beyond being signed in. Messages already
 * queued for them are not sent either (server/mail/deliver-outbox.ts checks again).
 */
export async function setEmailNotifications({ actor, on }: SetEmailNotificationsOptions) {
  await db.$transaction(async (tx) => {
    // A guarded write: only a real change is made and audited.
    const changed = await tx.user.updateMany({
      where: { id: actor.id, active: true, emailNotifications: !on },
      data: { emailNotifications: on },
    });
    if (changed.count !== 1) {
      if (!(await tx.user.findFirst({ where: { id: actor.id, active: true }, select: { id: true } })))
        throw new NotFoundError("Your account");
      return;
    }
    await writeAudit(tx, {
      actor,
      action: "user.email-notifications",
      entityType: "User",
      entityId: actor.id,
      fromStatus: on ? "off" : "on",
      toStatus: on ? "on" : "off",
    });
  });
}
