import "server-only";
import { randomBytes } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import { localLoginEnabled, readOidcConfig, type OidcConfig } from "@/lib/auth/oidc-config";
import { loginSchema } from "@/lib/schemas/login";
import { sessionMaxAgeSeconds } from "@/lib/auth/session-max-age";
import { authenticate } from "./authenticate";
import { signInWithOidc } from "./sign-in-with-oidc";
import { startSession } from "./start-session";
import { revokeSession } from "./revoke-session";
import { findSessionUser } from "./find-session-user";

export const OIDC_PROVIDER_ID = "oidc";

/**
 * A sign-in the database could not record (a read-only file, a full disk, the server
 * unreachable): logged in full with a reference, and the sign-in page told only the code
 * "unavailable", never the database's own words (next-auth puts the message in the URL).
 */
function unavailable(error: unknown): Error {
  const reference = randomBytes(4).toString("hex");
  console.error(`[auth] sign-in could not be recorded (reference ${reference}):`, error);
  return new Error("unavailable");
}

/**
 * Starts the server-side session where next-auth still turns a thrown error into a code for
 * the sign-in page (authorize, the signIn callback), not in the jwt callback, where an error
 * becomes a 500. Its id rides on the user object into the jwt callback.
 */
async function withSession<T extends { id: string }>(user: T, method: "password" | "oidc"): Promise<T & { sid: string }> {
  const session = await startSession({ userId: user.id, method, maxAgeSeconds: sessionMaxAgeSeconds(process.env) });
  return { ...user, sid: session.id };
}

const credentials = CredentialsProvider({
  name: "Email and password",
  credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  async authorize(input) {
    // The route already refused malformed bodies with a 400; this is the second gate.
    const parsed = loginSchema.safeParse({ email: input?.email, password: input?.password });
    if (!parsed.success) throw new Error("invalid");
    let result: Awaited<ReturnType<typeof authenticate>>;
    try {
      result = await authenticate(parsed.data.email, parsed.data.password);
      // next-auth hands a thrown message back to the sign-in form as `error`: a code, never text.
      if (result.ok) return await withSession({ id: result.user.id, email: result.user.email, name: result.user.name }, "password");
    } catch (error) {
      throw unavailable(error);
    }
    throw new Error(result.code);
  },
});

// next-auth 4's own OpenID Connect support: discovery from the issuer, the authorization code
// flow with PKCE, state and nonce checked, and the ID token verified (signature, issuer,
// audience, expiry) by openid-client before any callback below runs.
function oidcProvider(config: OidcConfig): Provider {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    profile(claims) {
      return { id: String(claims.sub), email: typeof claims.email === "string" ? claims.email : null, name: claims.name ?? null };
    },
  };
}

const oidc = readOidcConfig(process.env);

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds(process.env) },
  jwt: { maxAge: sessionMaxAgeSeconds(process.env) },
  // Errors come back to the sign-in page as codes it turns into fixed messages.
  pages: { signIn: "/login", error: "/login" },
  providers: [...(oidc ? [oidcProvider(oidc)] : []), ...(localLoginEnabled(process.env) ? [credentials] : [])],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      if (!oidc || !profile) return false;
      try {
        const result = await signInWithOidc({ claims: profile as Record<string, unknown>, config: oidc });
        if (!result.ok) return `/login/refused?reason=${result.reason}`;
        // next-auth passes this same object to the jwt callback: from here on, `id` is the
        // Scorecard account, not the provider's subject.
        user.id = result.userId;
        Object.assign(user, { sid: (await withSession({ id: result.userId }, "oidc")).sid });
        return true;
      } catch (error) {
        throw unavailable(error);
      }
    },
    // Only the user id and the session id travel in the token; the session row (with its
    // start and expiry), roles and active status are read from the database on every request
    // (server/session.ts), so sign-out, deactivation and role changes apply at once.
    async jwt({ token, user }) {
      if (user) return { sub: user.id, sid: (user as { sid?: string }).sid, name: user.name, email: user.email };
      // next-auth's own /api/auth/session answers from the cookie alone; a signed-out session
      // must not be described there either.
      return (await findSessionUser(token)) ? token : { ended: true };
    },
    async session({ session, token }) {
      // An ended session reads as none: the same empty answer next-auth gives without a cookie.
      if (token.ended) return {} as typeof session;
      if (session.user) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
  logger: {
    error(code, metadata) {
      const error = metadata instanceof Error ? metadata : metadata?.error;
      // A refused single sign-on (forged state or nonce, an expired or replayed code, the
      // provider unreachable) is an event to note, not a crash: one line, not a stack trace.
      if (code === "OAUTH_CALLBACK_ERROR" || code === "SIGNIN_OAUTH_ERROR") {
        console.warn(`[auth] single sign-on refused (${code}): ${error?.message ?? "no detail"}`);
        return;
      }
      console.error(`[auth] ${code}`, error ?? metadata);
    },
  },
  events: {
    // Awaited by next-auth before it clears the cookie: the session is over on the server too.
    // When the database cannot be written the cookie is still cleared, and the log says that
    // the session stays valid until it expires (deactivating the account ends it everywhere).
    async signOut({ token }) {
      if (typeof token?.sid !== "string") return;
      try {
        await revokeSession({ sessionId: token.sid });
      } catch (error) {
        console.error(`[auth] sign-out could not end session ${token.sid} on the server; it stays valid until it expires:`, error);
      }
    },
  },
};
