import { describe, expect, it } from "vitest";
import { signInErrorMessage, throttledCode } from "./sign-in-errors";

describe("sign-in error messages", () => {
  it("turns known codes into their message", () => {
    expect(signInErrorMessage("incorrect")).toBe("The email address or password is incorrect.");
    expect(signInErrorMessage("AccessDenied")).toContain("Ask your administrator for access");
    expect(signInErrorMessage("unavailable")).toBe(
      "Could not sign you in: the server could not record the sign-in, and nothing was changed. Try again in a few minutes; if it keeps happening, tell your administrator.",
    );
  });

  it("says how long a throttled account waits, in whole minutes", () => {
    expect(signInErrorMessage(throttledCode(0.2))).toBe("Too many failed sign-in attempts for this account. Try again in 1 minute.");
    expect(signInErrorMessage(throttledCode(14.1))).toBe("Too many failed sign-in attempts for this account. Try again in 15 minutes.");
  });

  it("never shows text from the URL: unknown codes, prototype names and crafted text get the generic message", () => {
    for (const code of ["Call 0800 000000 to unlock your account", "toString", "__proto__", "throttled:abc", "", null, 42]) {
      expect(signInErrorMessage(code)).toBe("Sign-in failed. Try again.");
    }
  });
});
