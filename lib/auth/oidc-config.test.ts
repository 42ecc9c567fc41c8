import { describe, expect, it } from "vitest";
import { checkSignInConfig, localLoginEnabled, readOidcConfig } from "./oidc-config";
import { displayName, rolesFromClaims, verifiedEmail } from "./oidc-claims";

const base = { OIDC_ISSUER: "https://login.example.org/tenant/v2.0/", OIDC_CLIENT_ID: "app", OIDC_CLIENT_SECRET: "s3cret" };

describe("single sign-on settings", () => {
  it("is off unless OIDC_ISSUER is set", () => {
    expect(readOidcConfig({})).toBeNull();
    expect(readOidcConfig({ OIDC_CLIENT_ID: "x" })).toBeNull();
  });

  it("reads the documented defaults", () => {
    expect(readOidcConfig(base)).toEqual({
      issuer: "https://login.example.org/tenant/v2.0",
      clientId: "app",
      clientSecret: "s3cret",
      name: "your organisation's account",
      rolesClaim: "roles",
      roleMap: null,
    });
  });

  it("maps claim values to one role or several", () => {
    const config = readOidcConfig({ ...base, OIDC_ROLES_CLAIM: "groups", OIDC_ROLE_MAP: '{"a":"ANALYST","b":["DCC","ANALYST"]}' });
    expect(config?.rolesClaim).toBe("groups");
    expect(config?.roleMap).toEqual({ a: ["ANALYST"], b: ["DCC", "ANALYST"] });
  });

  it("says clearly what is wrong with a half-set or invalid configuration", () => {
    expect(() => readOidcConfig({ OIDC_ISSUER: base.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/);
    expect(() => readOidcConfig({ ...base, OIDC_ISSUER: "not a url" })).toThrow(/OIDC_ISSUER must be a URL/);
    expect(() => readOidcConfig({ ...base, OIDC_ISSUER: "http://idp.example.org" })).toThrow(/https/);
    expect(readOidcConfig({ ...base, OIDC_ISSUER: "http://localhost:3101" })?.issuer).toBe("http://localhost:3101");
    expect(() => readOidcConfig({ ...base, OIDC_ROLE_MAP: "{nope" })).toThrow(/not valid JSON/);
    expect(() => readOidcConfig({ ...base, OIDC_ROLE_MAP: '{"a":"SUPERUSER"}' })).toThrow(/must map claim values to roles/);
  });

  it("keeps password sign-in unless LOCAL_LOGIN=false, and never leaves no way in", () => {
    expect(localLoginEnabled({})).toBe(true);
    expect(localLoginEnabled({ LOCAL_LOGIN: "FALSE" })).toBe(false);
    expect(() => checkSignInConfig({ LOCAL_LOGIN: "false" })).toThrow(/set OIDC_ISSUER/);
    expect(() => checkSignInConfig({ ...base, LOCAL_LOGIN: "false" })).not.toThrow();
  });
});

describe("claims", () => {
  const config = {
    rolesClaim: "roles",
    roleMap: { "scorecard-analysts": ["ANALYST" as const], both: ["DCC" as const, "ANALYST" as const] },
  };

  it("maps every mapped value, ignores the rest, in a fixed order", () => {
    expect(rolesFromClaims({ roles: ["other", "both", "scorecard-analysts"] }, config)).toEqual(["ANALYST", "DCC"]);
    expect(rolesFromClaims({ roles: "scorecard-analysts" }, config)).toEqual(["ANALYST"]);
    expect(rolesFromClaims({ roles: ["toString", "__proto__"] }, config)).toEqual([]);
    expect(rolesFromClaims({}, config)).toEqual([]);
    expect(rolesFromClaims({ roles: ["both"] }, { rolesClaim: "roles", roleMap: null })).toEqual([]);
  });

  it("takes the email only when the provider verified it (email_verified, or Entra's xms_edov)", () => {
    expect(verifiedEmail({ email: " Ann@Force.Example ", email_verified: true })).toBe("ann@force.example");
    expect(verifiedEmail({ email: "ann@force.example", email_verified: false })).toBeNull();
    expect(verifiedEmail({ email: "ann@force.example" })).toBeNull();
    expect(verifiedEmail({ email: "ann@force.example", xms_edov: true })).toBe("ann@force.example");
    expect(verifiedEmail({ email: "ann@force.example", email_verified: false, xms_edov: true })).toBeNull();
    expect(verifiedEmail({ email_verified: true })).toBeNull();
  });

  it("names the person from the token, or by email", () => {
    expect(displayName({ name: " Ann Smith " }, "a@x")).toBe("Ann Smith");
    expect(displayName({}, "a@x")).toBe("a@x");
  });
});
