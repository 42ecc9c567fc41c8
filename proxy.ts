import { NextResponse } from "next/server";
import { withAuth } from "next-auth/middleware";

// A first gate only: it turns away requests with no session cookie early. Every page and
// server action checks the session and permission again on the server (server/).
export const proxy = withAuth(
  function proxy(req) {
    const headers = new Headers(req.headers);
    headers.set("x-pathname", req.nextUrl.pathname + req.nextUrl.search);
    return NextResponse.next({ request: { headers } });
  },
  { pages: { signIn: "/login" } },
);

export const config = { matcher: ["/app", "/app/:path*"] };
