import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { findSessionUser } from "@/server/auth/find-session-user";
import { can, type Permission, type SessionActor } from "@/lib/permissions";
import { SESSION_COOKIES } from "@/lib/http/intranet-gate";

export type SessionUser = SessionActor;

/**
 * The signed-in user, read fresh from the database on every request: a deactivated user, a
 * signed-out (revoked) session or a changed role takes effect at the next request, on every
 * instance sharing the database, not at token expiry.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw || !process.env.NEXTAUTH_SECRET) return null;
  const token = await decode({ token: raw, secret: process.env.NEXTAUTH_SECRET }).catch(() => null);
  return token ? findSessionUser(token) : null;
});

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (user) return user;
  const path = (await headers()).get("x-pathname") ?? "/app";
  redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
}

/**
 * For pages: the signed-in user holding `permission`; anyone else gets a 404, which tells
 * a probing user nothing about what exists.
 */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission)) notFound();
  return user;
}
