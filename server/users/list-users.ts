import "server-only";
import { db } from "@/server/db";
import { assertCan, type Actor } from "@/lib/permissions";

export async function listUsers(actor: Actor) {
  assertCan(actor, "users:manage");
  const users = await db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, active: true, createdAt: true, roles: { select: { role: true } } },
  });
  return users.map((u) => ({ ...u, roles: u.roles.map((r) => r.role) }));
}

export async function getUser(actor: Actor, userId: string) {
  assertCan(actor, "users:manage");
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, active: true, roles: { select: { role: true } } },
  });
  return user && { ...user, roles: user.roles.map((r) => r.role) };
}

export async function listUserAudit(actor: Actor, userId: string) {
  assertCan(actor, "users:manage");
  return db.auditEvent.findMany({
    where: { entityType: "User", entityId: userId },
    orderBy: { at: "desc" },
    take: 50,
    select: { id: true, at: true, action: true, actorEmail: true, fromStatus: true, toStatus: true, comment: true, details: true },
  });
}
