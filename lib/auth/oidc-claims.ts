import type { Role } from "@/generated/prisma/enums";
import type { OidcConfig } from "./oidc-config";

// What an identity provider's ID token says about a person, reduced to what Scorecard uses.

export type Claims = Record<string, unknown>;

const ROLE_ORDER: Record<Role, number> = { ANALYST: 0, DCC: 1, PCC_OFFICE: 2, PCC: 3, SECRETARIAT: 4, ADMIN: 5 };

function isTrue(value: unknown) {
  return value === true || value === "true";
}

/**
 * The email address, lower-cased, when the provider vouches for it: `email_verified` true, or
 * (Microsoft Entra ID, which never sends email_verified for work accounts) its optional
 * `xms_edov` claim, "email domain owner verified", when email_verified is absent.
 */
export function verifiedEmail(claims: Claims): string | null {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!email || email.length > 320 || !email.includes("@")) return null;
  const verified = "email_verified" in claims ? isTrue(claims.email_verified) : isTrue(claims.xms_edov);
  return verified ? email : null;
}

/** The claim's values: a list, or one string (some providers send a single value unwrapped). */
function claimValues(claims: Claims, claim: string): string[] {
  const value = claims[claim];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

/** The app roles the claim maps to, deduplicated and in a fixed order; [] when none maps. */
export function rolesFromClaims(claims: Claims, config: Pick<OidcConfig, "rolesClaim" | "roleMap">): Role[] {
  const map = config.roleMap ?? {};
  const roles = new Set<Role>();
  for (const value of claimValues(claims, config.rolesClaim)) {
    if (Object.hasOwn(map, value)) for (const role of map[value]!) roles.add(role);
  }
  return [...roles].sort((a, b) => ROLE_ORDER[a] - ROLE_ORDER[b]);
}

/** A display name from the usual claims, falling back to the email address. */
export function displayName(claims: Claims, email: string): string {
  for (const key of ["name", "preferred_username"]) {
    const value = claims[key];
    if (typeof value === "string" && value.trim()) return value.trim().slice(0, 120);
  }
  return email;
}
