import { describe, expect, it } from "vitest";
import { decideThrottle, MAX_FAILURES, WINDOW_MS, type Attempt } from "./throttle";

const now = new Date("2026-01-10T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const failure = (minutes: number): Attempt => ({ outcome: "FAILURE", createdAt: ago(minutes) });

describe("sign-in throttling", () => {
  it("allows up to four recent failures", () => {
    expect(decideThrottle([1, 2, 3, 4].map(failure), now)).toEqual({ allowed: true });
  });

  it("refuses after five failures within 15 minutes, until the oldest leaves the window", () => {
    const decision = decideThrottle([1, 2, 3, 4, 10].map(failure), now);
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.retryAt).toEqual(new Date(ago(10).getTime() + WINDOW_MS));
  });

  it("ignores failures older than the window", () => {
    expect(decideThrottle([1, 2, 3, 4, 16].map(failure), now)).toEqual({ allowed: true });
  });

  it("a success clears the failures before it", () => {
    const attempts: Attempt[] = [...[6, 7, 8, 9, 10].map(failure), { outcome: "SUCCESS", createdAt: ago(5) }];
    expect(decideThrottle(attempts, now)).toEqual({ allowed: true });
  });

  it("refused (throttled) attempts do not extend the lock", () => {
    const attempts: Attempt[] = [...[10, 11, 12, 13, 14].map(failure), { outcome: "THROTTLED", createdAt: ago(1) }];
    const decision = decideThrottle(attempts, now);
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.retryAt.getTime()).toBe(ago(14).getTime() + WINDOW_MS);
  });

  it("counts attempts still being checked (PENDING), so parallel guesses are throttled too", () => {
    const pending: Attempt[] = [0, 0, 0, 0, 0].map(() => ({ outcome: "PENDING", createdAt: ago(0) }));
    expect(decideThrottle(pending, now).allowed).toBe(false);
  });

  it("a refused sign-in to a deactivated account is not a failure", () => {
    const attempts: Attempt[] = [1, 2, 3, 4, 5].map((m) => ({ outcome: "REFUSED", createdAt: ago(m) }));
    expect(decideThrottle(attempts, now)).toEqual({ allowed: true });
  });

  it("uses the documented limits", () => {
    expect(MAX_FAILURES).toBe(5);
    expect(WINDOW_MS).toBe(15 * 60 * 1000);
  });
});
