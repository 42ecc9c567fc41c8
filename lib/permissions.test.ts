import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, assertCan, can, ForbiddenError, ROLE_PERMISSIONS, type Permission } from "./permissions";
import { ROLES, type Role } from "./roles";

// The expected table, written out independently: a change to ROLE_PERMISSIONS that is not
// mirrored here fails, so every widening of access is a deliberate, reviewed edit.
const EXPECTED: Record<Role, Permission[]> = {
  ANALYST: ["submission:view", "force:edit", "force:submit"],
  DCC: ["submission:view", "force:approve"],
  PCC_OFFICE: ["submission:view", "pcc:edit", "pcc:submit"],
  PCC: ["submission:view", "pcc:approve"],
  SECRETARIAT: [
    "submission:view",
    "quarter:create",
    "meeting:edit",
    "secretariat:edit",
    "submission:return",
    "submission:publish",
    "submission:withdraw",
    "edition:create",
    "framework:edit",
  ],
  ADMIN: ["submission:view", "users:manage", "framework:edit", "submission:withdraw", "settings:edit", "outbox:manage"],
};

describe("permission table", () => {
  for (const role of ROLES) {
    describe(role, () => {
      for (const permission of ALL_PERMISSIONS) {
        const allowed = EXPECTED[role].includes(permission);
        it(`${allowed ? "allows" : "refuses"} ${permission}`, () => {
          expect(can({ id: "u", roles: [role] }, permission)).toBe(allowed);
        });
      }
    });
  }

  it("lists exactly the expected permissions per role", () => {
    for (const role of ROLES) expect([...ROLE_PERMISSIONS[role]].sort()).toEqual([...EXPECTED[role]].sort());
  });

  it("gives a user with several roles the union of their permissions", () => {
    const both = { id: "u", roles: ["ANALYST", "DCC"] as Role[] };
    expect(can(both, "force:edit")).toBe(true);
    expect(can(both, "force:approve")).toBe(true);
    expect(can(both, "pcc:approve")).toBe(false);
  });

  it("refuses everything to nobody and to a user with no roles", () => {
    expect(can(null, "submission:view")).toBe(false);
    expect(can({ id: "u", roles: [] }, "submission:view")).toBe(false);
  });

  it("assertCan throws ForbiddenError when refused and passes when allowed", () => {
    expect(() => assertCan({ id: "u", roles: ["ANALYST"] }, "users:manage")).toThrow(ForbiddenError);
    expect(() => assertCan({ id: "u", roles: ["ADMIN"] }, "users:manage")).not.toThrow();
  });
});
