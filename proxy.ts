import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { checkActionBody, checkActionBodySize, type BodyCheck } from "@/lib/http/check-action-body";
import { HSTS, pageCsp, sendsHsts } from "@/lib/http/security-headers";

// The intranet's first gate: it turns away requests with no session cookie early (every page
// and server action checks the session and permission again on the server), refuses action
// bodies Next could not decode, and gives every page a per-request CSP nonce.
const intranet = withAuth(
  async function gate(req) {
    if (req.method === "POST" && req.headers.has("next-action")) {
      const refused = await refuseUnreadableAction(req);
      if (refused) return refused;
    }
    return withSecurityHeaders(req);
  },
  { pages: { signIn: "/login" } },
);

export function proxy(req: NextRequest, event: NextFetchEvent) {
  if (req.nextUrl.pathname === "/login" || req.nextUrl.pathname.startsWith("/login/")) return withSecurityHeaders(req);
  return intranet(req as NextRequestWithAuth, event);
}

/**
 * Next reads the nonce from the request's CSP header and puts it on its own scripts; the
 * same policy goes out on the response.
 */
function withSecurityHeaders(req: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = pageCsp(nonce);
  const headers = new Headers(req.headers);
  headers.set("x-pathname", req.nextUrl.pathname + req.nextUrl.search);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  const hsts = sendsHsts({
    siteUrls: [process.env.NEXTAUTH_URL, process.env.PUBLIC_SITE_URL],
    trustProxy: process.env.TRUST_PROXY === "true",
    forwardedProto: req.headers.get("x-forwarded-proto"),
  });
  if (hsts) response.headers.set("strict-transport-security", HSTS);
  return response;
}

/**
 * A server action body Next could not decode would surface as a 500 and an unhandled error;
 * it is answered here with a status and a message instead. Next buffers the body for the
 * proxy, so reading it here leaves it intact for the action.
 */
async function refuseUnreadableAction(req: NextRequest): Promise<NextResponse | null> {
  const length = req.headers.get("content-length");
  let check: BodyCheck = checkActionBodySize(length === null ? null : Number(length));
  if (check.ok) check = checkActionBody(req.headers.get("content-type"), await req.text());
  if (check.ok) return null;
  return new NextResponse(check.message, { status: check.status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export const config = { matcher: ["/app", "/app/:path*", "/login", "/login/:path*"] };
