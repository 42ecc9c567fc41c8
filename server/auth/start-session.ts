import "server-only";
import { db } from "@/server/db";

export type StartSessionOptions = { userId: string; method: "password" | "oidc"; maxAgeSeconds: number };

/**
 * Records a new sign-in; its id travels in the session cookie and every request checks it
 * (server/session.ts), so the session can be ended on the server. Sessions long expired are
 * swept here, the one place new ones are made.
 */
export async function startSession({ userId, method, maxAgeSeconds }: StartSessionOptions) {
  const now = new Date();
  await db.userSession.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 24 * 3600 * 1000) } } });
  return db.userSession.create({
    data: { userId, method, createdAt: now, expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000) },
    select: { id: true },
  });
}
