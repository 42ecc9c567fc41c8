/** The public site's origin for absolute links: PUBLIC_SITE_URL, else the request's own. */
export function siteUrl(request: Request, env: NodeJS.ProcessEnv = process.env) {
  return env.PUBLIC_SITE_URL?.replace(/\/$/, "") || new URL(request.url).origin;
}
