import { describe, expect, it } from "vitest";
import { describeUserEvent } from "./user-history";

const row = { fromStatus: null, toStatus: null, comment: null, details: null };

describe("a user's history line", () => {
  it("names single sign-on events with the provider's subject id", () => {
    expect(describeUserEvent({ ...row, action: "auth.sso.sign-in", details: '{"subject":"abc-123","issuer":"https://idp"}' })).toBe(
      "signed in with single sign-on [subject abc-123]",
    );
    expect(
      describeUserEvent({ ...row, action: "user.roles", fromStatus: "ANALYST,DCC", toStatus: "", details: '{"subject":"abc-123"}' }),
    ).toBe("roles changed (ANALYST,DCC → none) [subject abc-123]");
    expect(describeUserEvent({ ...row, action: "auth.sso.refused", comment: "deactivated", details: '{"subject":"abc-123"}' })).toBe(
      "single sign-on refused (deactivated) [subject abc-123]",
    );
  });

  it("reads other rows as before, and survives details that are not JSON", () => {
    expect(describeUserEvent({ ...row, action: "user.deactivate", fromStatus: "active", toStatus: "inactive" })).toBe(
      "deactivated (active → inactive)",
    );
    expect(describeUserEvent({ ...row, action: "user.create", details: "{oops" })).toBe("created");
    expect(describeUserEvent({ ...row, action: "something.new" })).toBe("something.new");
  });
});
