import "server-only";
import { db } from "@/server/db";
import { decideThrottle, WINDOW_MS, type Attempt } from "./throttle";
import { dummyPasswordHash, verifyPassword } from "./password";
import type { RoleName } from "@/lib/roles";

export const GENERIC_SIGN_IN_ERROR = "The email address or password is incorrect.";
export const DEACTIVATED_ERROR = "This account has been deactivated. Ask an administrator to reactivate it.";

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; name: string; roles: RoleName[] } }
  | { ok: false; message: string };

export function normaliseEmail(email: string) {
  return email.trim().toLowerCase();
}

function throttledMessage(retryAt: Date) {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 60000));
  return `Too many failed sign-in attempts for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

export async function authenticate(rawEmail: string, password: string, now = new Date()): Promise<AuthenticateResult> {
  const email = normaliseEmail(rawEmail);
  const attempts = (await db.loginAttempt.findMany({
    where: { email, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
    select: { outcome: true, createdAt: true },
  })) as Attempt[];

  const decision = decideThrottle(attempts, now);
  if (!decision.allowed) {
    await db.loginAttempt.create({ data: { email, outcome: "THROTTLED", createdAt: now } });
    return { ok: false, message: throttledMessage(decision.retryAt) };
  }

  const user = await db.user.findUnique({ where: { email }, include: { roles: true } });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) {
    await db.loginAttempt.create({ data: { email, outcome: "FAILURE", createdAt: now } });
    return { ok: false, message: GENERIC_SIGN_IN_ERROR };
  }
  if (!user.active) return { ok: false, message: DEACTIVATED_ERROR };

  await db.loginAttempt.create({ data: { email, outcome: "SUCCESS", createdAt: now } });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, roles: user.roles.map((r) => r.role) },
  };
}
