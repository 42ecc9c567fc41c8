import { z } from "zod";
import { Role } from "@/generated/prisma/enums";

// Single sign-on settings, read from an environment object handed in (this module touches no
// process state, so the rules are unit-tested). Off unless OIDC_ISSUER is set.

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The button says "Sign in with <name>". */
  name: string;
  rolesClaim: string;
  /** Claim value → app roles; null leaves roles to the Users page. */
  roleMap: Record<string, Role[]> | null;
};

export class OidcConfigError extends Error {
  constructor(message: string) {
    super(`Single sign-on is misconfigured: ${message}`);
    this.name = "OidcConfigError";
  }
}

const roleMapSchema = z.record(z.string().min(1), z.union([z.enum(Role), z.array(z.enum(Role)).min(1)]));

function parseRoleMap(raw: string | undefined): OidcConfig["roleMap"] {
  if (!raw?.trim()) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new OidcConfigError('OIDC_ROLE_MAP is not valid JSON. Example: {"scorecard-analysts":"ANALYST","scorecard-dcc":"DCC"}');
  }
  const parsed = roleMapSchema.safeParse(json);
  if (!parsed.success) {
    throw new OidcConfigError(`OIDC_ROLE_MAP must map claim values to roles (${Object.values(Role).join(", ")}), or lists of them.`);
  }
  return Object.fromEntries(Object.entries(parsed.data).map(([value, roles]) => [value, Array.isArray(roles) ? roles : [roles]]));
}

/** The settings, null when single sign-on is off; throws OidcConfigError when half set or invalid. */
export function readOidcConfig(env: Record<string, string | undefined>): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new OidcConfigError("OIDC_ISSUER must be a URL, e.g. https://login.microsoftonline.com/<tenant id>/v2.0");
  }
  if (url.protocol !== "https:" && url.hostname !== "localhost" && url.hostname !== "127.0.0.1") {
    throw new OidcConfigError("OIDC_ISSUER must use https (plain http is allowed for localhost only, for testing).");
  }
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!clientId || !clientSecret) throw new OidcConfigError("set OIDC_CLIENT_ID and OIDC_CLIENT_SECRET as well as OIDC_ISSUER.");
  return {
    issuer: issuer.replace(/\/+$/, ""),
    clientId,
    clientSecret,
    name: env.OIDC_NAME?.trim() || "your organisation's account",
    rolesClaim: env.OIDC_ROLES_CLAIM?.trim() || "roles",
    roleMap: parseRoleMap(env.OIDC_ROLE_MAP),
  };
}

/**
 * Whether a new account needs a password: "none" when password sign-in is off (it could never
 * be used), "optional" when single sign-on is there as well, "required" otherwise.
 */
export function passwordMode(env: Record<string, string | undefined>): "required" | "optional" | "none" {
  if (!localLoginEnabled(env)) return "none";
  return env.OIDC_ISSUER?.trim() ? "optional" : "required";
}

/** LOCAL_LOGIN=false turns password sign-in off (single sign-on only). */
export function localLoginEnabled(env: Record<string, string | undefined>): boolean {
  return env.LOCAL_LOGIN?.trim().toLowerCase() !== "false";
}

/** Checked at start: every setting valid, and some way to sign in left open. */
export function checkSignInConfig(env: Record<string, string | undefined>): void {
  const oidc = readOidcConfig(env);
  if (!oidc && !localLoginEnabled(env)) {
    throw new OidcConfigError("LOCAL_LOGIN=false turns password sign-in off, so set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET.");
  }
}
