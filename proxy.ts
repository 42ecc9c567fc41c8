import { NextResponse, type NextRequest } from "next/server";
import { withAuth } from "next-auth/middleware";
import { checkActionBody, checkActionBodySize, type BodyCheck } from "@/lib/http/check-action-body";

// A first gate only: it turns away requests with no session cookie early. Every page and
// server action checks the session and permission again on the server (server/).
export const proxy = withAuth(
  async function proxy(req) {
    if (req.method === "POST" && req.headers.has("next-action")) {
      const refused = await refuseUnreadableAction(req);
      if (refused) return refused;
    }
    const headers = new Headers(req.headers);
    headers.set("x-pathname", req.nextUrl.pathname + req.nextUrl.search);
    return NextResponse.next({ request: { headers } });
  },
  { pages: { signIn: "/login" } },
);

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

export const config = { matcher: ["/app", "/app/:path*"] };
