import "server-only";
import { db } from "@/server/db";
import { assertCan, can, type SessionActor } from "@/lib/permissions";
import { writeAudit } from "@/server/audit/write-audit";
import { DomainError, NotFoundError } from "@/server/errors";
import type { Role } from "@/lib/roles";

export type UpdateUserRolesOptions = { actor: SessionActor; userId: string; roles: Role[] };

export async function updateUserRoles({ actor, userId, roles }: UpdateUserRolesOptions) {
  assertCan(actor, "users:manage");
  // An administrator removing their own ADMIN role could leave nobody able to manage accounts.
  if (userId === actor.id && !can({ id: userId, roles }, "users:manage")) {
    throw new DomainError("You cannot remove your own administrator role.", {
      roles: ["Keep the Administrator role on your own account."],
    });
  }
  await db.$transaction(async (tx) => {
    // The user's row lock first, so two changes to one user's roles are made one after the other.
    const locked = await tx.user.updateMany({ where: { id: userId }, data: { updatedAt: new Date() } });
    if (locked.count !== 1) throw new NotFoundError("That user");
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { roles: { select: { role: true } } } });
    const before = user.roles.map((r) => r.role);
    await tx.userRole.deleteMany({ where: { userId } });
    await tx.userRole.createMany({ data: roles.map((role) => ({ userId, role })) });
    await writeAudit(tx, {
      actor,
      action: "user.roles",
      entityType: "User",
      entityId: userId,
      fromStatus: before.sort().join(","),
      toStatus: [...roles].sort().join(","),
    });
  });
}
