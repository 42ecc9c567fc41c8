import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";

/** Session lifetime in hours, from SESSION_MAX_AGE_HOURS (default 8: one working day). */
export function sessionMaxAgeSeconds(env: NodeJS.ProcessEnv = process.env) {
  const hours = Number(env.SESSION_MAX_AGE_HOURS ?? 8);
  return Math.round((Number.isFinite(hours) && hours > 0 ? hours : 8) * 3600);
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds() },
  jwt: { maxAge: sessionMaxAgeSeconds() },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const result = await authenticate(credentials?.email ?? "", credentials?.password ?? "");
        // next-auth hands a thrown message back to the sign-in form as result.error.
        if (!result.ok) throw new Error(result.message);
        return { id: result.user.id, email: result.user.email, name: result.user.name };
      },
    }),
  ],
  callbacks: {
    // Only the user id and the moment of sign-in travel in the token; roles and active status
    // are read from the database on every request (server/session.ts) so changes apply at
    // once. next-auth refreshes the token's iat whenever it re-issues the cookie, so the
    // session's age and revocation are judged by authAt, which never moves.
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.authAt = Date.now();
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
