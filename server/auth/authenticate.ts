import "server-only";
import { db } from "@/server/db";
import { lockKey } from "@/server/database/lock-key";
import { decideThrottle, WINDOW_MS, type Attempt } from "@/lib/auth/throttle";
import { dummyPasswordHash, verifyPassword } from "./password";
import type { Role } from "@/lib/roles";

export const GENERIC_SIGN_IN_ERROR = "The email address or password is incorrect.";
export const DEACTIVATED_ERROR = "This account has been deactivated. Ask an administrator to reactivate it.";
const KEEP_ATTEMPTS_MS = 30 * 24 * 3600 * 1000;

export type AuthenticateResult =
  { ok: true; user: { id: string; email: string; name: string; roles: Role[] } } | { ok: false; message: string };

export function normaliseEmail(email: string) {
  return email.trim().toLowerCase();
}

function throttledMessage(retryAt: Date, now: Date) {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60000));
  return `Too many failed sign-in attempts for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/**
 * Decides the throttle and records a PENDING attempt in one transaction, before the (slow)
 * password check, under a lock on the email, so concurrent guesses are decided one after the
 * other and each sees the ones before it (on PostgreSQL as on SQLite).
 */
async function startAttempt(email: string, now: Date) {
  return db.$transaction(async (tx) => {
    await lockKey(tx, `sign-in:${email}`);
    await tx.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_ATTEMPTS_MS) } } });
    const attempts = (await tx.loginAttempt.findMany({
      where: { email, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
      select: { outcome: true, createdAt: true },
    })) as Attempt[];
    const decision = decideThrottle(attempts, now);
    if (!decision.allowed) {
      await tx.loginAttempt.create({ data: { email, outcome: "THROTTLED", createdAt: now } });
      return { allowed: false as const, retryAt: decision.retryAt };
    }
    const attempt = await tx.loginAttempt.create({ data: { email, outcome: "PENDING", createdAt: now }, select: { id: true } });
    return { allowed: true as const, id: attempt.id };
  });
}

function settleAttempt(id: string, outcome: Attempt["outcome"]) {
  return db.$transaction((tx) => tx.loginAttempt.update({ where: { id }, data: { outcome } }));
}

export async function authenticate(rawEmail: string, password: string, now = new Date()): Promise<AuthenticateResult> {
  const email = normaliseEmail(rawEmail);
  const attempt = await startAttempt(email, now);
  if (!attempt.allowed) return { ok: false, message: throttledMessage(attempt.retryAt, now) };

  const user = await db.user.findUnique({ where: { email }, include: { roles: true } });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) {
    await settleAttempt(attempt.id, "FAILURE");
    return { ok: false, message: GENERIC_SIGN_IN_ERROR };
  }
  if (!user.active) {
    await settleAttempt(attempt.id, "REFUSED");
    return { ok: false, message: DEACTIVATED_ERROR };
  }
  await settleAttempt(attempt.id, "SUCCESS");
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, roles: user.roles.map((r) => r.role) } };
}
