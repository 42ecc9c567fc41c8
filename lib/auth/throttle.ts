// Sign-in throttling: after MAX_FAILURES failures for one account within the window, further
// attempts are refused until the oldest of those failures leaves the window. Pure, so the
// rule is unit-tested apart from the database that stores the attempts.

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
// A password check takes well under a second; an attempt still PENDING after this was cut
// short (the process died mid-check) and counts as the failure it may have been.
export const STALE_PENDING_MS = 60 * 1000;

// PENDING is recorded before the password is checked and settled to SUCCESS, FAILURE or
// REFUSED (right password, deactivated account) afterwards. THROTTLED attempts were never
// checked. Only FAILURE (and a stale PENDING) counts toward the limit.
export type Attempt = { outcome: "SUCCESS" | "FAILURE" | "PENDING" | "REFUSED" | "THROTTLED"; createdAt: Date };

// "wait": not refused, but not checked yet either. Attempts still being checked could all
// fail and reach the limit, so this one waits for them to settle instead of being counted
// against (correct sign-ins are never refused for being concurrent) or slipping past the cap
// (parallel guesses get at most MAX_FAILURES password checks).
export type ThrottleDecision = { outcome: "allow" } | { outcome: "wait" } | { outcome: "refuse"; retryAt: Date };

/** Attempts inside the window that started after the last success, oldest first. */
function sinceLastSuccess(attempts: readonly Attempt[], now: Date): Attempt[] {
  const windowStart = now.getTime() - WINDOW_MS;
  const lastSuccess = Math.max(0, ...attempts.filter((a) => a.outcome === "SUCCESS").map((a) => a.createdAt.getTime()));
  return attempts
    .filter((a) => a.createdAt.getTime() > windowStart && a.createdAt.getTime() > lastSuccess)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

function isStale(attempt: Attempt, now: Date) {
  return attempt.outcome === "PENDING" && now.getTime() - attempt.createdAt.getTime() > STALE_PENDING_MS;
}

/** Failures that count: settled failures and stale checks, inside the window and after the last success. */
export function countingFailures(attempts: readonly Attempt[], now: Date): Date[] {
  return sinceLastSuccess(attempts, now)
    .filter((a) => a.outcome === "FAILURE" || isStale(a, now))
    .map((a) => a.createdAt);
}

export function decideThrottle(attempts: readonly Attempt[], now: Date): ThrottleDecision {
  const failures = countingFailures(attempts, now);
  if (failures.length >= MAX_FAILURES) {
    // The account unlocks when enough failures have aged out to drop below the limit.
    const unlocking = failures[failures.length - MAX_FAILURES]!;
    return { outcome: "refuse", retryAt: new Date(unlocking.getTime() + WINDOW_MS) };
  }
  const inFlight = sinceLastSuccess(attempts, now).filter((a) => a.outcome === "PENDING" && !isStale(a, now)).length;
  if (failures.length + inFlight >= MAX_FAILURES) return { outcome: "wait" };
  return { outcome: "allow" };
}
