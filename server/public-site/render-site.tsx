import "server-only";
import { renderToStaticMarkup } from "react-dom/server";
import { PublicDocument } from "@/components/public/public-document";
import { PublicHome } from "@/components/public/public-home";
import { NotFoundPage } from "@/components/public/not-found-page";
import { PublicQuarterView } from "@/components/paper/public-quarter-view";
import type { Organisation } from "@/lib/organisation";
import { atomFeed } from "@/lib/public-site/atom-feed";
import { toCsv, toJson } from "@/lib/open-data/serialise";
import { ASSET_CACHE_CONTROL, PAGE_CACHE_CONTROL } from "@/lib/public-site/cache-policy";
import { dataCsvPath, dataJsonPath, editionPath, FEED_PATH, HOME_PATH, NOT_FOUND_KEYS, quarterPath } from "@/lib/public-site/paths";
import { parseQuarterSlug, quarterLabel } from "@/lib/quarters";
import { getPublicQuarter, type PublicQuarter } from "@/server/public/get-public-quarter";
import { listPublishedQuarters } from "@/server/public/list-published-quarters";
import { listPublicationEvents } from "@/server/public/list-publication-events";
import { openData } from "@/server/public/open-data";
import type { Stylesheet } from "./stylesheet";

/** One public response as final bytes, before compression. */
export type RenderedArtifact = {
  path: string;
  status: number;
  contentType: string;
  /** Cache-Control and any other header the response carries besides the standard ones. */
  headers: Record<string, string>;
  body: Buffer;
};

/** What a build regenerates: everything, or the artifacts one or more quarters affect. */
export type RenderScope = { kind: "all" } | { kind: "quarters"; slugs: string[] };

export type RenderSettings = { base: string; org: Organisation; stylesheet: Stylesheet };

const HTML = "text/html; charset=utf-8";
const TEXT = "text/plain; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

// Stands in for a page's content in its document shell; no rendered markup can contain it.
const CONTENT = "\u0001content\u0001";

/** A page from its content's markup (rendered once even when two pages share it). */
function page(path: string, title: string, stylesheet: Stylesheet, content: string, status = 200): RenderedArtifact {
  const shell = renderToStaticMarkup(
    <PublicDocument title={title} stylesheet={stylesheet.path}>
      {CONTENT}
    </PublicDocument>,
  );
  const html = `<!DOCTYPE html>${shell.replace(CONTENT, () => content)}`;
  return { path, status, contentType: HTML, headers: { "Cache-Control": PAGE_CACHE_CONTROL }, body: Buffer.from(html) };
}

const file = (path: string, status: number, contentType: string, body: string, headers?: Record<string, string>): RenderedArtifact => ({
  path,
  status,
  contentType,
  headers: { "Cache-Control": PAGE_CACHE_CONTROL, ...headers },
  body: Buffer.from(body),
});

function dataFiles(view: PublicQuarter, base: string): RenderedArtifact[] {
  const data = openData(view, base);
  const csvPath = dataCsvPath(view.slug);
  const jsonPath = dataJsonPath(view.slug);
  if (data.status === "missing") return [];
  if (data.status === "withdrawn")
    return [
      file(csvPath, 410, TEXT, `${data.notice}\n`),
      file(jsonPath, 410, JSON_TYPE, JSON.stringify({ withdrawn: { ...data.meta, notice: data.notice } })),
    ];
  return [
    file(csvPath, 200, "text/csv; charset=utf-8; header=present", toCsv(data.rows), {
      "Content-Disposition": `inline; filename="scorecard-${view.slug}.csv"`,
    }),
    file(jsonPath, 200, JSON_TYPE, toJson(data.meta, data.rows)),
  ];
}

/** A quarter's page, each public edition's permanent page, and its data files; none if nothing is public. */
async function quarterArtifacts(slug: string, settings: RenderSettings): Promise<RenderedArtifact[]> {
  const parsed = parseQuarterSlug(slug);
  const view = parsed && (await getPublicQuarter(slug));
  if (!parsed || !view) return [];
  const label = quarterLabel(parsed.fyStart, parsed.quarter);
  const render = (v: PublicQuarter) =>
    renderToStaticMarkup(<PublicQuarterView view={v} fyStart={parsed.fyStart} quarter={parsed.quarter} org={settings.org} />);
  const current = render(view);
  const out = [page(quarterPath(slug), `${label} statement`, settings.stylesheet, current)];
  for (const { edition } of view.editions) {
    // The current edition's permanent page shows what the quarter page shows.
    const content = edition === view.edition ? current : await getPublicQuarter(slug, edition).then((v) => v && render(v));
    if (content) out.push(page(editionPath(slug, edition), `${label} statement, edition ${edition}`, settings.stylesheet, content));
  }
  return [...out, ...dataFiles(view, settings.base)];
}

function stylesheetArtifact({ stylesheet }: RenderSettings): RenderedArtifact {
  return {
    path: stylesheet.path,
    status: 200,
    contentType: "text/css; charset=utf-8",
    headers: { "Cache-Control": ASSET_CACHE_CONTROL },
    body: stylesheet.css,
  };
}

function notFoundArtifacts(settings: RenderSettings): RenderedArtifact[] {
  return [
    page(NOT_FOUND_KEYS.html, "Page not found", settings.stylesheet, renderToStaticMarkup(<NotFoundPage />), 404),
    file(NOT_FOUND_KEYS.json, 404, JSON_TYPE, JSON.stringify({ error: "Not found" })),
    file(NOT_FOUND_KEYS.text, 404, TEXT, "Not found\n"),
  ];
}

/**
 * Renders the public artifacts in scope with the same components the intranet uses, to
 * static markup: no client JavaScript and no React flight data. The home page and the feed
 * list every quarter, so they are in every scope; the stylesheet too, so a page never links
 * to a stylesheet that is not stored.
 */
export async function renderSite(scope: RenderScope, settings: RenderSettings): Promise<RenderedArtifact[]> {
  const [archive, events] = await Promise.all([listPublishedQuarters(), listPublicationEvents()]);
  const slugs = scope.kind === "all" ? archive.map((q) => q.quarter.slug) : scope.slugs;
  const out: RenderedArtifact[] = [
    page(HOME_PATH, "Scorecard", settings.stylesheet, renderToStaticMarkup(<PublicHome quarters={archive} />)),
    file(FEED_PATH, 200, "application/atom+xml; charset=utf-8", atomFeed(events, settings)),
    stylesheetArtifact(settings),
  ];
  if (scope.kind === "all") out.push(...notFoundArtifacts(settings));
  for (const slug of [...new Set(slugs)]) out.push(...(await quarterArtifacts(slug, settings)));
  return out;
}
