import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/server/db";
import { decideThrottle, WINDOW_MS, type Attempt } from "@/lib/auth/throttle";
import { throttledCode, type SignInErrorCode } from "@/lib/auth/sign-in-errors";
import { dummyPasswordHash, verifyPassword } from "./password";
import type { Role } from "@/lib/roles";

const KEEP_ATTEMPTS_MS = 30 * 24 * 3600 * 1000;
// How long an attempt waits for the checks ahead of it to settle before giving up ("busy").
const MAX_WAIT_MS = 20_000;

/** On failure, a code the sign-in page turns into a message (lib/auth/sign-in-errors.ts). */
export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; name: string; roles: Role[] } }
  | { ok: false; code: SignInErrorCode | ReturnType<typeof throttledCode> };

export function normaliseEmail(email: string) {
  return email.trim().toLowerCase();
}

type Start = { outcome: "allow"; id: string } | { outcome: "wait" } | { outcome: "refuse"; retryAt: Date };

/**
 * Decides the throttle and records a PENDING attempt in one transaction, before the (slow)
 * password check. The transaction first writes the account's LoginGate row, so concurrent
 * attempts for one account (on any instance) decide one after another, each seeing the
 * attempts before it.
 */
async function startAttempt(email: string): Promise<Start> {
  return db.$transaction(async (tx) => {
    const now = new Date();
    await tx.loginGate.upsert({ where: { email }, create: { email, touchedAt: now }, update: { touchedAt: now } });
    const attempts = (await tx.loginAttempt.findMany({
      where: { email, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
      select: { outcome: true, createdAt: true },
    })) as Attempt[];
    const decision = decideThrottle(attempts, now);
    if (decision.outcome === "wait") return decision;
    if (decision.outcome === "refuse") {
      await tx.loginAttempt.create({ data: { email, outcome: "THROTTLED", createdAt: now } });
      return decision;
    }
    const attempt = await tx.loginAttempt.create({ data: { email, outcome: "PENDING", createdAt: now }, select: { id: true } });
    return { outcome: "allow", id: attempt.id };
  });
}

/** Waits (briefly, with jitter) while the checks ahead of this attempt settle. */
async function admitAttempt(email: string): Promise<Start> {
  const deadline = Date.now() + MAX_WAIT_MS;
  for (;;) {
    const start = await startAttempt(email);
    if (start.outcome !== "wait" || Date.now() > deadline) return start;
    await sleep(50 + Math.random() * 100);
  }
}

function settleAttempt(id: string, outcome: Attempt["outcome"]) {
  return db.loginAttempt.update({ where: { id }, data: { outcome } });
}

async function forgetOldAttempts() {
  const cutoff = new Date(Date.now() - KEEP_ATTEMPTS_MS);
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: cutoff } } });
  await db.loginGate.deleteMany({ where: { touchedAt: { lt: cutoff } } });
}

export async function authenticate(rawEmail: string, password: string): Promise<AuthenticateResult> {
  const email = normaliseEmail(rawEmail);
  const attempt = await admitAttempt(email);
  if (attempt.outcome === "wait") return { ok: false, code: "busy" };
  if (attempt.outcome === "refuse") return { ok: false, code: throttledCode((attempt.retryAt.getTime() - Date.now()) / 60_000) };

  try {
    const result = await checkPassword(email, password);
    await settleAttempt(attempt.id, result.ok ? "SUCCESS" : result.code === "deactivated" ? "REFUSED" : "FAILURE");
    if (result.ok) await forgetOldAttempts();
    return result;
  } catch (error) {
    await settleAttempt(attempt.id, "FAILURE");
    throw error;
  }
}

async function checkPassword(email: string, password: string): Promise<AuthenticateResult> {
  const user = await db.user.findUnique({ where: { email }, include: { roles: true } });
  // Unknown emails and accounts without a password (made at a single sign-on) cost one hash
  // check too, so the answer's timing does not tell them apart from a wrong password.
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user?.passwordHash || !matches) return { ok: false, code: "incorrect" };
  if (!user.active) return { ok: false, code: "deactivated" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, roles: user.roles.map((r) => r.role) } };
}
