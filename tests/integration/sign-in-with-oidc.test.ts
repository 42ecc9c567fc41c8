import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "@/server/db";
import { signInWithOidc } from "@/server/auth/sign-in-with-oidc";
import { tempDatabase } from "./temp-db";

// The decisions of a single sign-on against a real migrated database. The e2e spec
// (e2e/sso.spec.ts) drives the same through a real provider; this covers the edges quickly.

let current: ReturnType<typeof tempDatabase>;
beforeAll(() => {
  current = tempDatabase();
});
afterAll(() => current.dispose());

const mapped = { issuer: "https://idp.example", rolesClaim: "groups", roleMap: { analysts: ["ANALYST" as const], dcc: ["DCC" as const] } };
const claims = (sub: string, groups: string[], email = `${sub}@force.example`) => ({ sub, email, email_verified: true, name: sub, groups });
const run = (input: Parameters<typeof signInWithOidc>[0]) => withDatabase(current.db, () => signInWithOidc(input));

describe("signInWithOidc", () => {
  it("two first sign-ins of one new person at once make one account", async () => {
    const [a, b] = await Promise.all([
      run({ claims: claims("twice", ["analysts"]), config: mapped }),
      run({ claims: claims("twice", ["analysts"]), config: mapped }),
    ]);
    expect(a).toEqual(b);
    expect(await current.db.user.count({ where: { email: "twice@force.example" } })).toBe(1);
    expect(await current.db.auditEvent.count({ where: { action: "user.create", entityId: a.ok ? a.userId : "" } })).toBe(1);
  });

  it("when every mapped role is gone, the roles are removed (audited) and the sign-in refused", async () => {
    const first = await run({ claims: claims("leaver", ["analysts", "dcc"]), config: mapped });
    expect(first.ok).toBe(true);
    const userId = first.ok ? first.userId : "";
    expect(await run({ claims: claims("leaver", ["some-other-app"]), config: mapped })).toEqual({ ok: false, reason: "no-access" });
    expect(await current.db.userRole.count({ where: { userId } })).toBe(0);
    const change = await current.db.auditEvent.findFirstOrThrow({ where: { entityId: userId, action: "user.roles" } });
    expect(change).toMatchObject({ fromStatus: "ANALYST,DCC", toStatus: "" });
    expect(JSON.parse(change.details!)).toMatchObject({ subject: "leaver", issuer: "https://idp.example", via: "sso" });
  });

  it("without a role map, existing accounts sign in with their own roles and strangers are refused", async () => {
    const unmapped = { ...mapped, roleMap: null };
    const user = await current.db.user.create({
      data: { email: "kept@force.example", name: "Kept", roles: { create: [{ role: "PCC" }] } },
    });
    expect(await run({ claims: claims("kept", ["analysts"]), config: unmapped })).toEqual({ ok: true, userId: user.id });
    expect((await current.db.userRole.findMany({ where: { userId: user.id } })).map((r) => r.role)).toEqual(["PCC"]);
    expect(await run({ claims: claims("stranger", ["analysts"]), config: unmapped })).toEqual({ ok: false, reason: "no-access" });
    expect(await current.db.user.count({ where: { email: "stranger@force.example" } })).toBe(0);
  });

  it("an unverified or missing email is refused and audited under the subject id", async () => {
    expect(await run({ claims: { sub: "no-email", groups: ["analysts"] }, config: mapped })).toEqual({ ok: false, reason: "unverified" });
    const refusal = await current.db.auditEvent.findFirstOrThrow({ where: { entityId: "no-email" } });
    expect(refusal).toMatchObject({ action: "auth.sso.refused", entityType: "SsoIdentity", comment: "unverified", actorId: null });
  });
});
