import { describe, expect, it } from "vitest";
import { sessionMaxAgeSeconds } from "./session-max-age";

describe("session lifetime", () => {
  it("is 8 hours unless SESSION_MAX_AGE_HOURS says otherwise, and ignores nonsense", () => {
    expect(sessionMaxAgeSeconds({})).toBe(8 * 3600);
    expect(sessionMaxAgeSeconds({ SESSION_MAX_AGE_HOURS: "1.5" })).toBe(5400);
    for (const bad of ["0", "-2", "soon"]) expect(sessionMaxAgeSeconds({ SESSION_MAX_AGE_HOURS: bad })).toBe(8 * 3600);
  });
});
