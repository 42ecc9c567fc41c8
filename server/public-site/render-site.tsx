import "server-only";
import { renderToStaticMarkup } from "react-dom/server";
import { pageTitle } from "@/components/public/public-document";
import { PublicHome } from "@/components/public/public-home";
import { NotFoundPage } from "@/components/public/not-found-page";
import { AccessibilityPage } from "@/components/public/accessibility-page";
import { MeasurePage, MeasuresIndex } from "@/components/public/measure-page";
import { atomFeed } from "@/lib/public-site/atom-feed";
import { ASSET_CACHE_CONTROL } from "@/lib/public-site/cache-policy";
import { ACCESSIBILITY_PATH, FEED_PATH, HOME_PATH, measurePath, NOT_FOUND_KEYS } from "@/lib/public-site/paths";
import { parseQuarterSlug } from "@/lib/quarters";
import { measureTrend, nextPublished } from "@/lib/trends/history";
import { listPublishedQuarters } from "@/server/public/list-published-quarters";
import { listPublicationEvents } from "@/server/public/list-publication-events";
import { loadPublishedHistory, type PublishedQuarterData } from "@/server/public/load-published-history";
import { listMeasures } from "@/server/public/list-measures";
import {
  file,
  JSON_TYPE,
  page,
  TEXT,
  type RenderedArtifact,
  type RenderOutput,
  type RenderScope,
  type RenderSettings,
  type ReuseLookup,
} from "./artifacts";
import { quarterArtifacts } from "./render-quarter";
import { dataArtifacts } from "./render-open-data";
import type { Stylesheet } from "./stylesheet";

export type { KeptArtifact, RenderedArtifact, RenderOutput, RenderScope, RenderSettings, ReuseLookup } from "./artifacts";

async function measureArtifacts(history: PublishedQuarterData[], settings: RenderSettings): Promise<RenderedArtifact[]> {
  const measures = await listMeasures();
  return [
    page(
      "/measures",
      pageTitle(settings.org, "Trends across quarters"),
      settings,
      renderToStaticMarkup(<MeasuresIndex measures={measures} />),
    ),
    ...measures.map((m) => {
      const trend = measureTrend(history, m.key, m.name);
      return page(
        measurePath(m.key),
        pageTitle(settings.org, trend.name, "Trends"),
        settings,
        renderToStaticMarkup(<MeasurePage trend={trend} />),
      );
    }),
  ];
}

const stylesheetArtifact = (stylesheet: Stylesheet): RenderedArtifact => ({
  path: stylesheet.path,
  status: 200,
  contentType: "text/css; charset=utf-8",
  headers: { "Cache-Control": ASSET_CACHE_CONTROL },
  body: stylesheet.css,
});

/** What only the settings (and templates) decide: built when everything is. */
function settingsArtifacts(settings: RenderSettings): RenderedArtifact[] {
  const { stylesheet, logo, org } = settings;
  return [
    stylesheetArtifact(stylesheet),
    ...(logo
      ? [{ path: logo.path, status: 200, contentType: logo.type, headers: { "Cache-Control": ASSET_CACHE_CONTROL }, body: logo.bytes }]
      : []),
    page(ACCESSIBILITY_PATH, pageTitle(org, "Accessibility statement"), settings, renderToStaticMarkup(<AccessibilityPage org={org} />)),
    page(NOT_FOUND_KEYS.html, pageTitle(org, "Page not found"), settings, renderToStaticMarkup(<NotFoundPage />), 404),
    file(NOT_FOUND_KEYS.json, 404, JSON_TYPE, JSON.stringify({ error: "Not found" })),
    file(NOT_FOUND_KEYS.text, 404, TEXT, "Not found\n"),
  ];
}

/**
 * Renders the public artifacts in scope with the same components the intranet uses, to
 * static markup: no client JavaScript and no React flight data. The home page, feed, trend
 * pages and all-quarters data list every quarter, so they are in every scope, as is the
 * stylesheet (a page never links to one that is not stored). A quarter's change also
 * regenerates the next published quarter, which shows its values as "previous quarter".
 */
export async function renderSite(scope: RenderScope, settings: RenderSettings, reuse: ReuseLookup): Promise<RenderOutput[]> {
  const [archive, events, history] = await Promise.all([listPublishedQuarters(), listPublicationEvents(), loadPublishedHistory()]);
  const slugs = new Set(scope.kind === "all" ? archive.map((q) => q.quarter.slug) : scope.slugs);
  if (scope.kind === "quarters")
    for (const slug of scope.slugs) {
      const parsed = parseQuarterSlug(slug);
      const next = parsed && nextPublished(history, parsed);
      if (next) slugs.add(next.slug);
    }
  const { org, stylesheet } = settings;
  const out: RenderOutput[] = [
    page(
      HOME_PATH,
      pageTitle(org, "National Policing Priorities statements"),
      settings,
      renderToStaticMarkup(<PublicHome quarters={archive} />),
    ),
    file(FEED_PATH, 200, "application/atom+xml; charset=utf-8", atomFeed(events, settings)),
    ...(scope.kind === "all" ? settingsArtifacts(settings) : [stylesheetArtifact(stylesheet)]),
    ...dataArtifacts(history, settings),
    ...(await measureArtifacts(history, settings)),
  ];
  const ctx = { settings, history, reuse };
  for (const slug of slugs) out.push(...(await quarterArtifacts(slug, ctx)));
  return out;
}
