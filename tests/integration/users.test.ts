// Account administration against a real database: creating users, changing roles and
// (de)activating, each audited, each refusing the cases that would lock administrators out.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DomainError, NotFoundError } from "@/server/errors";
import { verifyPassword } from "@/server/auth/password";
import { createUser } from "@/server/users/create-user";
import { updateUserRoles } from "@/server/users/update-user-roles";
import { setUserActive } from "@/server/users/set-user-active";
import { domainDatabase, expectRefused, type Harness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = await domainDatabase();
});
afterEach(() => h.dispose());

async function userAudit(userId: string) {
  return h.db.auditEvent.findMany({ where: { entityType: "User", entityId: userId } });
}

describe("createUser", () => {
  it("creates an account with its roles and an argon2id hash of the password, audited without the password", async () => {
    const admin = await h.user(["ADMIN"]);
    const input = {
      name: "Dana Deputy",
      email: "dana@force.example",
      roles: ["DCC" as const, "ANALYST" as const],
      password: "a long passphrase",
    };
    const { id } = await h.run(() => createUser({ actor: admin, input }));
    const user = await h.db.user.findUniqueOrThrow({ where: { id }, include: { roles: true } });
    expect(user).toMatchObject({ name: "Dana Deputy", email: "dana@force.example", active: true });
    expect(user.roles.map((r) => r.role).sort()).toEqual(["ANALYST", "DCC"]);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, "a long passphrase")).toBe(true);
    const [audit] = await userAudit(id);
    expect(audit).toMatchObject({ action: "user.create", actorId: admin.id });
    expect(audit!.details).not.toContain("a long passphrase");
  });

  it("refuses an email address already in use, beside the email field", async () => {
    const admin = await h.user(["ADMIN"]);
    const error = await expectRefused(
      h,
      () => createUser({ actor: admin, input: { name: "Twin", email: admin.email, roles: ["ANALYST"], password: "a long passphrase" } }),
      DomainError,
      "Check the email address.",
    );
    expect((error as DomainError).fieldErrors).toEqual({ email: ["A user with this email address already exists."] });
  });

  describe("a blank password", () => {
    const saved = { OIDC_ISSUER: process.env.OIDC_ISSUER, LOCAL_LOGIN: process.env.LOCAL_LOGIN };
    afterEach(() => Object.assign(process.env, saved));
    const input = (email: string) => ({ name: "Sam Sso", email, roles: ["ANALYST" as const], password: "" });

    it("is refused beside the field when there is no single sign-on, and nothing is created", async () => {
      delete process.env.OIDC_ISSUER;
      delete process.env.LOCAL_LOGIN;
      const admin = await h.user(["ADMIN"]);
      const error = await expectRefused(
        h,
        () => createUser({ actor: admin, input: input("sam@force.example") }),
        DomainError,
        "Check the highlighted fields.",
      );
      expect((error as DomainError).fieldErrors?.password?.[0]).toContain("Enter an initial password");
    });

    it("creates an account with no password when single sign-on is configured", async () => {
      process.env.OIDC_ISSUER = "https://login.example/tenant/v2.0";
      const admin = await h.user(["ADMIN"]);
      const { id } = await h.run(() => createUser({ actor: admin, input: input("sam@force.example") }));
      expect((await h.db.user.findUniqueOrThrow({ where: { id } })).passwordHash).toBeNull();
    });

    it("never stores a password when password sign-in is switched off", async () => {
      process.env.OIDC_ISSUER = "https://login.example/tenant/v2.0";
      process.env.LOCAL_LOGIN = "false";
      const admin = await h.user(["ADMIN"]);
      const { id } = await h.run(() =>
        createUser({ actor: admin, input: { ...input("kim@force.example"), password: "a long passphrase" } }),
      );
      expect((await h.db.user.findUniqueOrThrow({ where: { id } })).passwordHash).toBeNull();
    });
  });
});

describe("updateUserRoles", () => {
  it("replaces the roles and audits before and after", async () => {
    const admin = await h.user(["ADMIN"]);
    const target = await h.user(["ANALYST"]);
    await h.run(() => updateUserRoles({ actor: admin, userId: target.id, roles: ["PCC_OFFICE", "DCC"] }));
    expect((await h.db.userRole.findMany({ where: { userId: target.id } })).map((r) => r.role).sort()).toEqual(["DCC", "PCC_OFFICE"]);
    expect(await userAudit(target.id)).toMatchObject([{ action: "user.roles", fromStatus: "ANALYST", toStatus: "DCC,PCC_OFFICE" }]);
  });

  it("an administrator may not remove their own administrator role; a missing user is not found", async () => {
    const admin = await h.user(["ADMIN", "SECRETARIAT"]);
    const error = await expectRefused(
      h,
      () => updateUserRoles({ actor: admin, userId: admin.id, roles: ["SECRETARIAT"] }),
      DomainError,
      "You cannot remove your own administrator role.",
    );
    expect((error as DomainError).fieldErrors).toEqual({ roles: ["Keep the Administrator role on your own account."] });
    await h.run(() => updateUserRoles({ actor: admin, userId: admin.id, roles: ["ADMIN"] }));
    await expectRefused(h, () => updateUserRoles({ actor: admin, userId: "missing", roles: ["ANALYST"] }), NotFoundError);
  });
});

describe("setUserActive", () => {
  it("deactivating revokes the user's sessions at once; reactivating restores the account; both audited", async () => {
    const admin = await h.user(["ADMIN"]);
    const target = await h.user(["ANALYST"]);
    await h.run(() => setUserActive({ actor: admin, userId: target.id, active: false }));
    const off = await h.db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(off.active).toBe(false);
    expect(off.sessionsRevokedAt).not.toBeNull();
    await h.run(() => setUserActive({ actor: admin, userId: target.id, active: true }));
    expect((await h.db.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(true);
    expect((await userAudit(target.id)).map((a) => [a.action, a.fromStatus, a.toStatus])).toEqual([
      ["user.deactivate", "active", "inactive"],
      ["user.reactivate", "inactive", "active"],
    ]);
  });

  it("refuses deactivating yourself and a missing user; setting the state a user already has changes nothing", async () => {
    const admin = await h.user(["ADMIN"]);
    const target = await h.user(["ANALYST"]);
    await expectRefused(
      h,
      () => setUserActive({ actor: admin, userId: admin.id, active: false }),
      DomainError,
      "You cannot deactivate your own account.",
    );
    await expectRefused(h, () => setUserActive({ actor: admin, userId: "missing", active: false }), NotFoundError);
    const before = await h.snapshot();
    await h.run(() => setUserActive({ actor: admin, userId: target.id, active: true }));
    expect(await h.snapshot()).toEqual(before);
  });
});
