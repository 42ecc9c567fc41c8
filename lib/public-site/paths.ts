// The public site's URL space. Every path here is answered from stored artifacts by the app's
// own server (server/public-site/), never by Next.js.

export const HOME_PATH = "/";
export const FEED_PATH = "/feed.xml";
export const ASSETS_PREFIX = "/assets/";
export const ACCESSIBILITY_PATH = "/accessibility";
export const MEASURES_PREFIX = "/measures/";
export const DATA_PATH = "/data";
export const ALL_FIGURES_CSV = "/data/figures.csv";
export const ALL_FIGURES_JSON = "/data/figures.json";
export const ALL_KPIS_CSV = "/data/kpis.csv";
export const DATA_PACKAGE = "/data/datapackage.json";

export type DocumentFormat = "pdf" | "docx";

export const quarterPath = (slug: string) => `/quarters/${slug}`;
export const editionPath = (slug: string, edition: number) => `/quarters/${slug}/editions/${edition}`;
export const dataCsvPath = (slug: string) => `/quarters/${slug}/data.csv`;
export const dataJsonPath = (slug: string) => `/quarters/${slug}/data.json`;
export const measurePath = (key: string) => `${MEASURES_PREFIX}${key}`;
/** The board paper of the quarter's current edition, or of one edition. */
export const boardPaperPath = (slug: string, format: DocumentFormat, edition?: number) =>
  `${edition == null ? quarterPath(slug) : editionPath(slug, edition)}/board-paper.${format}`;

/** Stored "not found" answers, keyed outside the URL space so no request can name them. */
export const NOT_FOUND_KEYS = { html: "404:html", json: "404:json", text: "404:text" } as const;

/** Whether the public site (rather than Next.js) answers this decoded path. */
export function isPublicSitePath(pathname: string) {
  return (
    pathname === HOME_PATH ||
    pathname === FEED_PATH ||
    pathname === ACCESSIBILITY_PATH ||
    pathname === DATA_PATH ||
    pathname.startsWith(`${DATA_PATH}/`) ||
    pathname === "/measures" ||
    pathname.startsWith(MEASURES_PREFIX) ||
    pathname === "/quarters" ||
    pathname.startsWith("/quarters/") ||
    pathname.startsWith(ASSETS_PREFIX)
  );
}

/** The stored "not found" answer for a path: JSON for .json, text for files, else the HTML page. */
export function notFoundKey(pathname: string) {
  if (pathname.endsWith(".json")) return NOT_FOUND_KEYS.json;
  if (/\.(csv|pdf|docx)$/.test(pathname)) return NOT_FOUND_KEYS.text;
  return NOT_FOUND_KEYS.html;
}
