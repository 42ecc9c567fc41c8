/**
 * Where to go after signing in: a same-site path only. Browsers treat "/\evil.example" and
 * paths with tabs or newlines as other hosts, so the check parses the URL rather than trusting
 * a prefix, and anything doubtful falls back to the intranet home.
 */
export function safeCallback(value: unknown, fallback = "/app"): string {
  const raw = typeof value === "string" ? value : "";
  if (!raw.startsWith("/") || raw.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  const base = "http://callback.invalid";
  const url = new URL(raw, base);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
