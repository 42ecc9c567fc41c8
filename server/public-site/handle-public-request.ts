import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { negotiateEncoding } from "@/lib/public-site/accept-encoding";
import { ifNoneMatchHits } from "@/lib/public-site/if-none-match";
import { notFoundKey } from "@/lib/public-site/paths";
import { SECURITY_HEADERS } from "@/lib/security-headers";
import { HSTS, sendsHsts } from "@/lib/http/security-headers";
import type { ArtifactCache } from "./artifact-cache";

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers });
  res.end(`${text}\n`);
}

/**
 * Answers a public path from this instance's copy of the stored artifacts: the negotiated
 * encoding's bytes as stored, 304 when the client's ETag is current, the stored 404 answer for
 * anything unknown. Nothing is rendered, queried or written.
 */
export function handlePublicRequest(cache: ArtifactCache, req: IncomingMessage, res: ServerResponse, pathname: string) {
  // Per request, not stored: it depends on how this request arrived (see sendsHsts).
  const hsts = sendsHsts({
    siteUrls: [process.env.NEXTAUTH_URL, process.env.PUBLIC_SITE_URL],
    trustProxy: process.env.TRUST_PROXY === "true",
    forwardedProto: [req.headers["x-forwarded-proto"]].flat()[0] ?? null,
  });
  if (hsts) res.setHeader("Strict-Transport-Security", HSTS);
  if (req.method !== "GET" && req.method !== "HEAD") return plain(res, 405, "Method not allowed", { Allow: "GET, HEAD" });
  if (pathname.length > 1 && pathname.endsWith("/")) {
    // As Next.js does: one address per page, without the trailing slash. Never to "//host".
    const url = req.url!;
    const queryAt = url.includes("?") ? url.indexOf("?") : url.length;
    const target = url.slice(0, queryAt).replace(/\/+$/, "");
    if (/^\/[^/]/.test(target)) {
      res.writeHead(308, { ...SECURITY_HEADERS, Location: target + url.slice(queryAt) });
      return res.end();
    }
  }
  const artifact = cache.get(pathname) ?? cache.get(notFoundKey(pathname));
  if (!artifact) return plain(res, 503, "The public site is being generated. Try again in a moment.", { "Retry-After": "1" });
  const variant = artifact.variants[negotiateEncoding(req.headers["accept-encoding"])];
  if (artifact.status === 200 && ifNoneMatchHits(req.headers["if-none-match"], artifact.etags)) {
    res.writeHead(304, variant.notModified);
    return res.end();
  }
  res.writeHead(artifact.status, variant.headers);
  res.end(req.method === "HEAD" ? undefined : variant.body);
}
