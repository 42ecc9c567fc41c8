import { describe, expect, it } from "vitest";
import { pageCsp, sendsHsts } from "./security-headers";

describe("Content-Security-Policy", () => {
  const csp = pageCsp("abc123");

  it("allows scripts only by this request's nonce, never eval or inline", () => {
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("unsafe-inline");
  });

  it("forbids framing, plugins and a foreign base URL", () => {
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]) expect(csp).toContain(directive);
  });
});

describe("Strict-Transport-Security", () => {
  it("is sent when the site's address is https", () => {
    expect(sendsHsts({ siteUrls: ["https://scorecard.force.police.uk", undefined], trustProxy: false, forwardedProto: null })).toBe(true);
  });

  it("is sent when a trusted proxy says the request came over https, and only then", () => {
    const http = ["http://localhost:3000"];
    expect(sendsHsts({ siteUrls: http, trustProxy: true, forwardedProto: "https" })).toBe(true);
    expect(sendsHsts({ siteUrls: http, trustProxy: true, forwardedProto: "https, http" })).toBe(true);
    expect(sendsHsts({ siteUrls: http, trustProxy: false, forwardedProto: "https" })).toBe(false);
    expect(sendsHsts({ siteUrls: http, trustProxy: true, forwardedProto: "http" })).toBe(false);
    expect(sendsHsts({ siteUrls: http, trustProxy: true, forwardedProto: null })).toBe(false);
  });
});
