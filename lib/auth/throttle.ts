// Sign-in throttling: after MAX_FAILURES failures for one account within the window, further
// attempts are refused until the oldest of those failures leaves the window. Pure, so the
// rule is unit-tested apart from the database that stores the attempts.

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

// PENDING is recorded before the password is checked and counts as a failure until it is
// settled, so parallel guesses cannot all slip through before any failure is written.
// REFUSED (right password, deactivated account) and THROTTLED do not count.
export type Attempt = { outcome: "SUCCESS" | "FAILURE" | "PENDING" | "REFUSED" | "THROTTLED"; createdAt: Date };

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAt: Date };

/** Failures that count: inside the window and after the last success. */
export function countingFailures(attempts: readonly Attempt[], now: Date): Date[] {
  const windowStart = now.getTime() - WINDOW_MS;
  const lastSuccess = Math.max(0, ...attempts.filter((a) => a.outcome === "SUCCESS").map((a) => a.createdAt.getTime()));
  return attempts
    .filter((a) => a.outcome === "FAILURE" || a.outcome === "PENDING")
    .map((a) => a.createdAt)
    .filter((at) => at.getTime() > windowStart && at.getTime() > lastSuccess)
    .sort((a, b) => a.getTime() - b.getTime());
}

export function decideThrottle(attempts: readonly Attempt[], now: Date): ThrottleDecision {
  const failures = countingFailures(attempts, now);
  if (failures.length < MAX_FAILURES) return { allowed: true };
  // The account unlocks when enough failures have aged out to drop below the limit.
  const unlocking = failures[failures.length - MAX_FAILURES]!;
  return { allowed: false, retryAt: new Date(unlocking.getTime() + WINDOW_MS) };
}
