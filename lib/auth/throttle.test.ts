import { describe, expect, it } from "vitest";
import { decideThrottle, MAX_FAILURES, STALE_PENDING_MS, WINDOW_MS, type Attempt } from "./throttle";

const now = new Date("2026-01-10T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const failure = (minutes: number): Attempt => ({ outcome: "FAILURE", createdAt: ago(minutes) });
const pending = (minutes = 0): Attempt => ({ outcome: "PENDING", createdAt: ago(minutes) });

describe("sign-in throttling", () => {
  it("allows up to four recent failures", () => {
    expect(decideThrottle([1, 2, 3, 4].map(failure), now)).toEqual({ outcome: "allow" });
  });

  it("refuses after five failures within 15 minutes, until the oldest leaves the window", () => {
    expect(decideThrottle([1, 2, 3, 4, 10].map(failure), now)).toEqual({
      outcome: "refuse",
      retryAt: new Date(ago(10).getTime() + WINDOW_MS),
    });
  });

  it("ignores failures older than the window", () => {
    expect(decideThrottle([1, 2, 3, 4, 16].map(failure), now)).toEqual({ outcome: "allow" });
  });

  it("a success clears the failures before it", () => {
    const attempts: Attempt[] = [...[6, 7, 8, 9, 10].map(failure), { outcome: "SUCCESS", createdAt: ago(5) }];
    expect(decideThrottle(attempts, now)).toEqual({ outcome: "allow" });
  });

  it("refused (throttled) attempts do not extend the lock", () => {
    const attempts: Attempt[] = [...[10, 11, 12, 13, 14].map(failure), { outcome: "THROTTLED", createdAt: ago(1) }];
    expect(decideThrottle(attempts, now)).toEqual({ outcome: "refuse", retryAt: new Date(ago(14).getTime() + WINDOW_MS) });
  });

  it("a refused sign-in to a deactivated account is not a failure", () => {
    const attempts: Attempt[] = [1, 2, 3, 4, 5].map((m) => ({ outcome: "REFUSED", createdAt: ago(m) }));
    expect(decideThrottle(attempts, now)).toEqual({ outcome: "allow" });
  });

  it("uses the documented limits", () => {
    expect(MAX_FAILURES).toBe(5);
    expect(WINDOW_MS).toBe(15 * 60 * 1000);
  });
});

describe("attempts still being checked (parallel sign-ins)", () => {
  it("never counts an attempt in flight as a failure: any number of checks in flight is no refusal", () => {
    for (const inFlight of [1, 4, 5, 49]) {
      expect(
        decideThrottle(
          Array.from({ length: inFlight }, () => pending()),
          now,
        ).outcome,
      ).not.toBe("refuse");
    }
  });

  it("lets attempts through while failures and attempts in flight stay under the limit", () => {
    expect(decideThrottle([pending(), pending(), pending(), pending()], now)).toEqual({ outcome: "allow" });
    expect(decideThrottle([failure(1), failure(2), pending(), pending()], now)).toEqual({ outcome: "allow" });
  });

  it("makes the next attempt wait once failures plus attempts in flight reach the limit, so parallel guesses get at most five checks", () => {
    expect(decideThrottle([pending(), pending(), pending(), pending(), pending()], now)).toEqual({ outcome: "wait" });
    expect(decideThrottle([failure(1), failure(2), failure(3), failure(4), pending()], now)).toEqual({ outcome: "wait" });
  });

  it("when the attempts in flight fail, the one that waited is refused", () => {
    const settled: Attempt[] = [0, 0, 0, 0, 0].map(() => ({ outcome: "FAILURE", createdAt: ago(0) }));
    expect(decideThrottle(settled, now).outcome).toBe("refuse");
  });

  it("when one of them succeeds, the one that waited goes ahead", () => {
    const settled: Attempt[] = [
      { outcome: "SUCCESS", createdAt: ago(0.01) },
      ...[0.02, 0.03, 0.04, 0.05].map(failure),
      pending(0.005),
      pending(0.004),
    ];
    expect(decideThrottle(settled, now)).toEqual({ outcome: "allow" });
  });

  it("counts a check left pending by a crash as a failure once it is stale", () => {
    const staleMinutes = STALE_PENDING_MS / 60_000 + 0.1;
    const attempts = [failure(3), failure(4), failure(5), failure(6), pending(staleMinutes)];
    expect(decideThrottle(attempts, now).outcome).toBe("refuse");
    expect(decideThrottle([pending(staleMinutes)], now)).toEqual({ outcome: "allow" });
  });
});
