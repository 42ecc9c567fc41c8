import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/server/auth/options";
import { checkAuthRequest, MAX_AUTH_BODY_BYTES } from "@/lib/auth/auth-request";
import { localLoginEnabled } from "@/lib/auth/oidc-config";
import { readBodyCapped } from "@/server/http/read-body-capped";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth behind a gate: malformed or oversized bodies get a 4xx that says what to fix
 * instead of a 500 and an unhandled error in the log, and with LOCAL_LOGIN=false the
 * password endpoints are refused outright.
 */
async function guarded(req: NextRequest, context: Context) {
  const route = (await context.params).nextauth.join("/");
  if (!localLoginEnabled(process.env) && /^(callback|signin)\/credentials$/.test(route)) {
    return Response.json({ error: "Sign-in with a password is turned off here. Use single sign-on." }, { status: 403 });
  }
  const body = req.method === "POST" ? await readBodyCapped(req.clone(), MAX_AUTH_BODY_BYTES) : "";
  const check = checkAuthRequest({ method: req.method, route, contentType: req.headers.get("content-type"), body });
  if (!check.ok) return Response.json({ error: check.message }, { status: check.status });
  return handler(req, context);
}

export { guarded as GET, guarded as POST };
