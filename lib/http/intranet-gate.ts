// The intranet's first gate, decided before Next.js sees the request (scripts/serve.ts). It
// turns away requests with no session cookie at once and gives every intranet page a
// per-request CSP nonce. It is an early, cheap check only: every page, route and server action
// reads the session and checks the permission again on the server (server/session.ts).
//
// It runs in the app's own Node server rather than in Next's proxy because the proxy costs
// about 1.3 ms of CPU per request (Next builds a request and response object for it and merges
// headers back): a fifth of a small intranet page's cost, a tenth of the submission page's.
// Server action bodies are still checked in the proxy (proxy.ts), where Next buffers them.
import { HSTS, pageCsp, sendsHsts } from "./security-headers";

/** next-auth's session cookie: the __Secure- name when the site is served over HTTPS. */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

export type GateInput = {
  /** The decoded path, without the query. */
  pathname: string;
  /** The request target as sent: path and query, for coming back after sign-in. */
  target: string;
  cookie: string | undefined;
  forwardedProto: string | undefined;
  nonce: string;
  env: { NEXTAUTH_URL?: string; PUBLIC_SITE_URL?: string; TRUST_PROXY?: string };
};

export type GateDecision =
  { redirect: string } | { redirect?: undefined; requestHeaders: Record<string, string>; responseHeaders: Record<string, string> };

const under = (pathname: string, root: string) => pathname === root || pathname.startsWith(`${root}/`);

/** True when the Cookie header holds a non-empty session cookie (its value is checked later, by the page). */
export function hasSessionCookie(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(";").some((pair) => {
    const at = pair.indexOf("=");
    return at > 0 && (SESSION_COOKIES as readonly string[]).includes(pair.slice(0, at).trim()) && pair.slice(at + 1).trim() !== "";
  });
}

/**
 * Where to come back to: the request target without `_rsc`, the cache-busting parameter of
 * Next's client-side navigations (Next's proxy saw the address without it too).
 */
export function returnAddress(target: string): string {
  const at = target.indexOf("?");
  if (at === -1) return target;
  const query = new URLSearchParams(target.slice(at + 1));
  if (!query.has("_rsc")) return target;
  query.delete("_rsc");
  const rest = query.toString();
  return target.slice(0, at) + (rest ? `?${rest}` : "");
}

/** What to do with a request before Next.js handles it; null for paths the gate does not cover. */
export function intranetGate(input: GateInput): GateDecision | null {
  const signIn = under(input.pathname, "/login");
  if (!signIn && !under(input.pathname, "/app")) return null;
  if (!signIn && !hasSessionCookie(input.cookie)) {
    return { redirect: `/login?${new URLSearchParams({ callbackUrl: returnAddress(input.target) })}` };
  }
  const csp = pageCsp(input.nonce);
  const hsts = sendsHsts({
    siteUrls: [input.env.NEXTAUTH_URL, input.env.PUBLIC_SITE_URL],
    trustProxy: input.env.TRUST_PROXY === "true",
    forwardedProto: input.forwardedProto ?? null,
  });
  return {
    // Next reads the nonce from the request's CSP header and puts it on its own scripts;
    // x-pathname tells a page where to come back to after sign-in (server/session.ts).
    requestHeaders: { "content-security-policy": csp, "x-pathname": returnAddress(input.target) },
    responseHeaders: { "content-security-policy": csp, ...(hsts ? { "strict-transport-security": HSTS } : {}) },
  };
}
