// The public site's URL space. Every path here is answered from stored artifacts by the app's
// own server (server/public-site/), never by Next.js.

export const HOME_PATH = "/";
export const FEED_PATH = "/feed.xml";
export const ASSETS_PREFIX = "/assets/";

export const quarterPath = (slug: string) => `/quarters/${slug}`;
export const editionPath = (slug: string, edition: number) => `/quarters/${slug}/editions/${edition}`;
export const dataCsvPath = (slug: string) => `/quarters/${slug}/data.csv`;
export const dataJsonPath = (slug: string) => `/quarters/${slug}/data.json`;

/** Stored "not found" answers, keyed outside the URL space so no request can name them. */
export const NOT_FOUND_KEYS = { html: "404:html", json: "404:json", text: "404:text" } as const;

/** Whether the public site (rather than Next.js) answers this decoded path. */
export function isPublicSitePath(pathname: string) {
  return (
    pathname === HOME_PATH ||
    pathname === FEED_PATH ||
    pathname === "/quarters" ||
    pathname.startsWith("/quarters/") ||
    pathname.startsWith(ASSETS_PREFIX)
  );
}

/** The stored "not found" answer for a path: JSON for .json, text for .csv, else the HTML page. */
export function notFoundKey(pathname: string) {
  if (pathname.endsWith(".json")) return NOT_FOUND_KEYS.json;
  if (pathname.endsWith(".csv")) return NOT_FOUND_KEYS.text;
  return NOT_FOUND_KEYS.html;
}
