/**
 * The public site's origin for absolute links (feed, JSON). Public files are generated once,
 * not per request, so this comes from configuration: PUBLIC_SITE_URL, else NEXTAUTH_URL (the
 * address people use), else the local default.
 */
export function publicSiteUrl(env: Readonly<Record<string, string | undefined>> = process.env) {
  const url = env.PUBLIC_SITE_URL?.trim() || env.NEXTAUTH_URL?.trim() || `http://localhost:${env.PORT || "3000"}`;
  return url.replace(/\/+$/, "");
}

/** The intranet's origin for links in emails: NEXTAUTH_URL (the address people use), else the local default. */
export function appUrl(env: Readonly<Record<string, string | undefined>> = process.env) {
  return (env.NEXTAUTH_URL?.trim() || `http://localhost:${env.PORT || "3000"}`).replace(/\/+$/, "");
}
