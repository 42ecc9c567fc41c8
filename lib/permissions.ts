import type { Role } from "./roles";

/**
 * The one permission table. Nothing else in the code compares role names: callers ask
 * can(actor, permission). Pure (no server imports) so pages can use it to decide what to
 * show, while server/ enforces it with assertCan.
 */
export const ROLE_PERMISSIONS = {
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
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof ROLE_PERMISSIONS)[Role][number];

export const ALL_PERMISSIONS: readonly Permission[] = [...new Set(Object.values(ROLE_PERMISSIONS).flat())] as Permission[];

export type Actor = { id: string; roles: readonly Role[] };

/** A signed-in person acting through a domain operation: who they are, for audit and approvals. */
export type SessionActor = Actor & { email: string; name: string };

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  return actor.roles.some((role) => (ROLE_PERMISSIONS[role] as readonly string[]).includes(permission));
}

export class ForbiddenError extends Error {
  constructor(message = "You do not have permission to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!can(actor, permission)) throw new ForbiddenError();
}
