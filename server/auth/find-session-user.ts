import "server-only";
import { db } from "@/server/db";
import type { SessionActor } from "@/lib/permissions";
import { sessionMaxAgeSeconds } from "@/lib/auth/session-max-age";

/** What the session cookie carries (server/auth/options.ts): the user id and the session id. */
export type SessionToken = { sub?: unknown; sid?: unknown };

/**
 * The person a session token stands for, read fresh from the database: null when the session
 * was signed out (revoked), has expired, belongs to someone else, or the account is deactivated
 * or had all its sessions revoked. Every instance sharing the database agrees at once.
 */
export async function findSessionUser(token: SessionToken, now = Date.now()): Promise<SessionActor | null> {
  if (typeof token.sub !== "string" || typeof token.sid !== "string") return null;
  const session = await db.userSession.findUnique({
    where: { id: token.sid },
    select: {
      userId: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      user: {
        select: { id: true, email: true, name: true, active: true, sessionsRevokedAt: true, roles: { select: { role: true } } },
      },
    },
  });
  if (!session || session.userId !== token.sub || session.revokedAt) return null;
  // The expiry set at sign-in, and the lifetime configured now if that is shorter.
  if (now >= session.expiresAt.getTime() || now - session.createdAt.getTime() > sessionMaxAgeSeconds(process.env) * 1000) return null;
  const { user } = session;
  if (!user.active) return null;
  if (user.sessionsRevokedAt && session.createdAt.getTime() <= user.sessionsRevokedAt.getTime()) return null;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles.map((r) => r.role) };
}
