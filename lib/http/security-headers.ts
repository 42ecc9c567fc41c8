// Security headers decided in one place: the Content-Security-Policy for pages that run
// Next's scripts (by per-request nonce) and when to send Strict-Transport-Security.

/**
 * The CSP for a page rendered by Next with a nonce: scripts only with this request's nonce
 * (and what they load, 'strict-dynamic'), no eval, no plugins, no framing, no foreign base.
 */
export function pageCsp(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The CSP for the public site's stored pages and files: they carry no script at all, only
 * markup, inline SVG and the site's one stylesheet, so everything else is refused.
 */
export const PUBLIC_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** One year, the minimum the HSTS preload list accepts. */
export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * HSTS only when people reach the site over HTTPS: the configured public address says so, or
 * a trusted reverse proxy (TRUST_PROXY=true) reports that this request arrived over HTTPS.
 * Sent over plain HTTP to localhost it would be ignored, and it would be wrong.
 */
export function sendsHsts(options: { siteUrls: (string | undefined)[]; trustProxy: boolean; forwardedProto: string | null }): boolean {
  if (options.siteUrls.some((url) => url?.startsWith("https://"))) return true;
  return options.trustProxy && options.forwardedProto?.split(",")[0]?.trim() === "https";
}
