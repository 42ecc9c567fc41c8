import { describe, expect, it } from "vitest";
import { hasSessionCookie, intranetGate, returnAddress, type GateInput } from "./intranet-gate";

const input = (over: Partial<GateInput>): GateInput => ({
  pathname: "/app",
  target: "/app",
  cookie: "next-auth.session-token=abc",
  forwardedProto: undefined,
  nonce: "bm9uY2U=",
  env: { NEXTAUTH_URL: "http://localhost:3000" },
  ...over,
});

describe("hasSessionCookie", () => {
  it("finds either session cookie among others", () => {
    expect(hasSessionCookie("a=1; next-auth.session-token=x.y.z; b=2")).toBe(true);
    expect(hasSessionCookie("__Secure-next-auth.session-token=x")).toBe(true);
  });

  it("ignores missing, empty and look-alike cookies", () => {
    expect(hasSessionCookie(undefined)).toBe(false);
    expect(hasSessionCookie("")).toBe(false);
    expect(hasSessionCookie("next-auth.session-token=")).toBe(false);
    expect(hasSessionCookie("next-auth.session-token= ; a=1")).toBe(false);
    expect(hasSessionCookie("next-auth.csrf-token=x; xnext-auth.session-token=y")).toBe(false);
    expect(hasSessionCookie("next-auth.session-token.0=x")).toBe(false);
  });
});

describe("returnAddress", () => {
  it("drops only the _rsc parameter of Next's client-side navigations", () => {
    expect(returnAddress("/app/x")).toBe("/app/x");
    expect(returnAddress("/app/x?a=1&b=two")).toBe("/app/x?a=1&b=two");
    expect(returnAddress("/app/x?_rsc=1a2b")).toBe("/app/x");
    expect(returnAddress("/app/x?a=1&_rsc=1a2b&b=2")).toBe("/app/x?a=1&b=2");
  });
});

describe("intranetGate", () => {
  it("leaves the public site, the API and Next's files alone", () => {
    for (const pathname of ["/", "/quarters/2021-22-q3", "/api/auth/csrf", "/_next/static/x.js", "/application", "/loginx"]) {
      expect(intranetGate(input({ pathname, target: pathname, cookie: undefined })), pathname).toBeNull();
    }
  });

  it("sends a request with no session cookie to sign in, coming back to the same address", () => {
    const decision = intranetGate(input({ pathname: "/app/submissions/x", target: "/app/submissions/x?saved=a b", cookie: "other=1" }));
    expect(decision).toEqual({ redirect: "/login?callbackUrl=%2Fapp%2Fsubmissions%2Fx%3Fsaved%3Da+b" });
    expect(new URL(decision!.redirect!, "http://h").searchParams.get("callbackUrl")).toBe("/app/submissions/x?saved=a b");
  });

  it("lets the sign-in pages through without a session, with a nonce", () => {
    const decision = intranetGate(input({ pathname: "/login/refused", target: "/login/refused", cookie: undefined }));
    expect(decision?.redirect).toBeUndefined();
    expect(decision && "requestHeaders" in decision && decision.requestHeaders["content-security-policy"]).toContain("'nonce-bm9uY2U='");
  });

  it("gives a page its nonce on the request (for Next) and the same policy on the response", () => {
    const decision = intranetGate(input({ pathname: "/app/quarters", target: "/app/quarters?x=1" }));
    if (!decision || decision.redirect !== undefined) throw new Error("expected the request to pass");
    expect(decision.requestHeaders["content-security-policy"]).toMatch(/script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'/);
    expect(decision.responseHeaders["content-security-policy"]).toBe(decision.requestHeaders["content-security-policy"]);
    expect(decision.requestHeaders["x-pathname"]).toBe("/app/quarters?x=1");
    const navigation = intranetGate(input({ pathname: "/app/quarters", target: "/app/quarters?_rsc=9z" }));
    expect(navigation && "requestHeaders" in navigation && navigation.requestHeaders["x-pathname"]).toBe("/app/quarters");
    expect(intranetGate(input({ target: "/app?_rsc=9z", cookie: undefined }))).toEqual({ redirect: "/login?callbackUrl=%2Fapp" });
    expect(decision.responseHeaders["strict-transport-security"]).toBeUndefined();
  });

  it("adds HSTS when the site is on HTTPS or a trusted proxy says the request was", () => {
    const https = intranetGate(input({ env: { NEXTAUTH_URL: "https://scorecard.example" } }));
    expect(https && "responseHeaders" in https && https.responseHeaders["strict-transport-security"]).toBe(
      "max-age=31536000; includeSubDomains",
    );
    const trusted = intranetGate(input({ forwardedProto: "https", env: { TRUST_PROXY: "true" } }));
    expect(trusted && "responseHeaders" in trusted && trusted.responseHeaders["strict-transport-security"]).toBeTruthy();
    const untrusted = intranetGate(input({ forwardedProto: "https", env: {} }));
    expect(untrusted && "responseHeaders" in untrusted && untrusted.responseHeaders["strict-transport-security"]).toBeUndefined();
  });
});
