import "server-only";
import { db, type Tx } from "@/server/db";
import { writeAudit } from "@/server/audit/write-audit";
import { displayName, rolesFromClaims, verifiedEmail, type Claims } from "@/lib/auth/oidc-claims";
import type { OidcConfig } from "@/lib/auth/oidc-config";
import type { Role } from "@/lib/roles";

export type SsoRefusal = "unverified" | "no-access" | "deactivated";

export type SignInWithOidcOptions = {
  /** The verified ID token's claims (next-auth and openid-client checked signature, issuer, audience, nonce). */
  claims: Claims;
  config: Pick<OidcConfig, "issuer" | "rolesClaim" | "roleMap">;
};

export type SignInWithOidcResult = { ok: true; userId: string } | { ok: false; reason: SsoRefusal };

const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((r) => b.includes(r));

/**
 * Decides a single sign-on: matches the person to an account by verified email, creates one
 * when OIDC_ROLE_MAP gives them a role, brings their roles in line with the claim, refuses
 * deactivated accounts and people with no access. Every outcome is audited with the
 * provider's subject id, in the same transaction as the change it records.
 */
export async function signInWithOidc({ claims, config }: SignInWithOidcOptions): Promise<SignInWithOidcResult> {
  const subject = typeof claims.sub === "string" ? claims.sub : String(claims.sub ?? "");
  const provider = { subject, issuer: config.issuer };
  const email = verifiedEmail(claims);
  const mapped = config.roleMap ? rolesFromClaims(claims, config) : null;

  const run = () =>
    db.$transaction(async (tx): Promise<SignInWithOidcResult> => {
      const refuse = async (reason: SsoRefusal, user?: { id: string; email: string }) => {
        await writeAudit(tx, {
          actor: user ?? null,
          action: "auth.sso.refused",
          entityType: user ? "User" : "SsoIdentity",
          entityId: user?.id ?? subject,
          comment: reason,
          details: { ...provider, claimedEmail: typeof claims.email === "string" ? claims.email.slice(0, 320) : null },
        });
        return { ok: false as const, reason };
      };
      if (!email) return refuse("unverified");

      const existing = await tx.user.findUnique({
        where: { email },
        select: { id: true, email: true, active: true, roles: { select: { role: true } } },
      });
      if (!existing) {
        if (!mapped?.length) return refuse("no-access");
        return { ok: true, userId: await createAccount(tx, email, displayName(claims, email), mapped, provider) };
      }
      const who = { id: existing.id, email: existing.email };
      if (!existing.active) return refuse("deactivated", who);
      if (mapped)
        await alignRoles(
          tx,
          who,
          existing.roles.map((r) => r.role),
          mapped,
          provider,
        );
      if (mapped && mapped.length === 0) return refuse("no-access", who);
      await writeAudit(tx, { actor: who, action: "auth.sso.sign-in", entityType: "User", entityId: who.id, details: { ...provider } });
      return { ok: true, userId: who.id };
    });

  try {
    return await run();
  } catch (error) {
    // Two first sign-ins of one new person at once: the second loses the race to create the
    // account (unique email), and finds it on a second try.
    if ((error as { code?: string }).code === "P2002") return run();
    throw error;
  }
}

async function createAccount(tx: Tx, email: string, name: string, roles: Role[], provider: { subject: string; issuer: string }) {
  const user = await tx.user.create({
    data: { email, name, passwordHash: null, roles: { create: roles.map((role) => ({ role })) } },
    select: { id: true },
  });
  const actor = { id: user.id, email };
  await writeAudit(tx, {
    actor,
    action: "user.create",
    entityType: "User",
    entityId: user.id,
    details: { email, roles, via: "sso", ...provider },
  });
  await writeAudit(tx, { actor, action: "auth.sso.sign-in", entityType: "User", entityId: user.id, details: { ...provider } });
  return user.id;
}

async function alignRoles(
  tx: Tx,
  user: { id: string; email: string },
  before: Role[],
  after: Role[],
  provider: { subject: string; issuer: string },
) {
  if (sameRoles(before, after)) return;
  await tx.userRole.deleteMany({ where: { userId: user.id } });
  if (after.length) await tx.userRole.createMany({ data: after.map((role) => ({ userId: user.id, role })) });
  await writeAudit(tx, {
    actor: user,
    action: "user.roles",
    entityType: "User",
    entityId: user.id,
    fromStatus: [...before].sort().join(","),
    toStatus: [...after].sort().join(","),
    details: { via: "sso", ...provider },
  });
}
