import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { checkActionBody, checkActionBodySize, type BodyCheck } from "@/lib/http/check-action-body";

// Server actions and form posts only (see the matcher): the session cookie and the page's CSP
// nonce are checked for every intranet request in the app's own server, before Next.js sees it
// (lib/http/intranet-gate.ts). Here a post is also turned away when its session token does not
// decode, and a server action's body when Next could not decode it; the action or route itself
// then checks the session and permission again on the server.
const actions = withAuth(
  async function gate(req) {
    if (req.method === "POST" && req.headers.has("next-action")) {
      const refused = await refuseUnreadableAction(req);
      if (refused) return refused;
    }
    return NextResponse.next();
  },
  { pages: { signIn: "/login" } },
);

export function proxy(req: NextRequest, event: NextFetchEvent) {
  if (req.method !== "POST") return NextResponse.next();
  return actions(req as NextRequestWithAuth, event);
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

// Next.js runs the proxy only for a server action called from a script (the Next-Action header)
// and for a form post (multipart: an action form submitted without JavaScript, or an upload):
// pages and their data requests skip it. Literal values: Next reads this at build time.
export const config = {
  matcher: [
    { source: "/app", has: [{ type: "header", key: "next-action" }] },
    { source: "/app/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/app", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
    { source: "/app/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
