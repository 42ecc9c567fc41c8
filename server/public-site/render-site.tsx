import "server-only";
import { renderToStaticMarkup } from "react-dom/server";
import { pageTitle, PublicDocument } from "@/components/public/public-document";
import { PublicHome } from "@/components/public/public-home";
import { NotFoundPage } from "@/components/public/not-found-page";
import { AccessibilityPage } from "@/components/public/accessibility-page";
import { DataPage } from "@/components/public/data-page";
import { MeasurePage, MeasuresIndex } from "@/components/public/measure-page";
import { PublicQuarterView, type Download } from "@/components/paper/public-quarter-view";
import type { PaperContext } from "@/components/paper/board-paper";
import type { Organisation, LogoType } from "@/lib/organisation";
import { atomFeed } from "@/lib/public-site/atom-feed";
import { figureRows, figuresCsv, kpiRows, kpisCsv, toJson } from "@/lib/open-data/serialise";
import { FIGURE_COLUMNS, KPI_COLUMNS } from "@/lib/open-data/columns";
import { dataPackage, OGL } from "@/lib/open-data/data-package";
import { ASSET_CACHE_CONTROL, PAGE_CACHE_CONTROL } from "@/lib/public-site/cache-policy";
import {
  ACCESSIBILITY_PATH,
  ALL_FIGURES_CSV,
  ALL_FIGURES_JSON,
  ALL_KPIS_CSV,
  boardPaperPath,
  DATA_PACKAGE,
  DATA_PATH,
  dataCsvPath,
  dataJsonPath,
  editionPath,
  FEED_PATH,
  HOME_PATH,
  measurePath,
  NOT_FOUND_KEYS,
  quarterPath,
  type DocumentFormat,
} from "@/lib/public-site/paths";
import { parseQuarterSlug, quarterLabel } from "@/lib/quarters";
import { measureTrend, nextPublished, previousPublished, quarterCode } from "@/lib/trends/history";
import { getPublicQuarter, type PublicQuarter } from "@/server/public/get-public-quarter";
import { listPublishedQuarters } from "@/server/public/list-published-quarters";
import { listPublicationEvents } from "@/server/public/list-publication-events";
import { loadPublishedHistory, type PublishedQuarterData } from "@/server/public/load-published-history";
import { listMeasures } from "@/server/public/list-measures";
import { openData } from "@/server/public/open-data";
import { documentInput, documentSource } from "@/server/documents/document-input";
import { renderPdf } from "@/server/documents/render-pdf";
import { renderDocx } from "@/server/documents/render-docx";
import type { Stylesheet } from "./stylesheet";

/** One public response as final bytes, before compression. */
export type RenderedArtifact = {
  path: string;
  status: number;
  contentType: string;
  /** Cache-Control and any other header the response carries besides the standard ones. */
  headers: Record<string, string>;
  body: Buffer;
  /** For costly artifacts: a hash of what they were made from (see PublicArtifact.source). */
  source?: string;
};

/** A costly artifact whose stored bytes are still current: kept as stored, not rendered again. */
export type KeptArtifact = { path: string; keep: true };

export type RenderOutput = RenderedArtifact | KeptArtifact;

/** What a build regenerates: everything, or the artifacts one or more quarters affect. */
export type RenderScope = { kind: "all" } | { kind: "quarters"; slugs: string[] };

export type RenderSettings = {
  base: string;
  org: Organisation;
  logo: { bytes: Buffer; type: LogoType; path: string } | null;
  stylesheet: Stylesheet;
  /** The build's fingerprint: documents made by other code are made again. */
  renderer: string;
};

/** The stored size of the artifact at `path` when it was made from `source`, else null. */
export type ReuseLookup = (path: string, source: string) => Promise<number | null>;

const HTML = "text/html; charset=utf-8";
const TEXT = "text/plain; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";
const CSV = "text/csv; charset=utf-8; header=present";
const MIME: Record<DocumentFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

// Stands in for a page's content in its document shell; no rendered markup can contain it.
const CONTENT = "\u0001content\u0001";

/** A page from its content's markup (rendered once even when two pages share it). */
function page(path: string, title: string, settings: RenderSettings, content: string, status = 200): RenderedArtifact {
  const shell = renderToStaticMarkup(
    <PublicDocument title={title} stylesheet={settings.stylesheet.path} org={settings.org}>
      {CONTENT}
    </PublicDocument>,
  );
  const html = `<!DOCTYPE html>${shell.replace(CONTENT, () => content)}`;
  return { path, status, contentType: HTML, headers: { "Cache-Control": PAGE_CACHE_CONTROL }, body: Buffer.from(html) };
}

const file = (
  path: string,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers?: Record<string, string>,
): RenderedArtifact => ({
  path,
  status,
  contentType,
  headers: { "Cache-Control": PAGE_CACHE_CONTROL, ...headers },
  body: Buffer.isBuffer(body) ? body : Buffer.from(body),
});

type QuarterContext = { settings: RenderSettings; history: PublishedQuarterData[]; reuse: ReuseLookup };

/** What the quarter's paper shows beside its own figures: the previous published quarter's, and the trend pages. */
function paperContext(history: PublishedQuarterData[], of: { fyStart: number; quarter: number }): PaperContext {
  const previous = previousPublished(history, of);
  const label = previous ? quarterLabel(previous.fyStart, previous.quarter) : "";
  return {
    previousFigures: previous && {
      label,
      values: new Map(previous.figures.map((f) => [f.indicatorId, f.noLocalData ? null : f.latestValue])),
    },
    previousKpis: previous && { label, actuals: new Map(previous.kpis.map((k) => [k.kpiId, k.actual])) },
    trendHref: measurePath,
  };
}

/**
 * An edition's board paper as PDF and Word, at each of `paths` (the edition's own, and the
 * quarter's when it is the current edition). Made again only when what they show changed.
 */
async function documents(
  view: PublicQuarter,
  label: string,
  context: PaperContext,
  ctx: QuarterContext,
  paths: (f: DocumentFormat) => string[],
) {
  const paper = view.paper!;
  const { org, logo, renderer } = ctx.settings;
  const input = documentInput({
    paper,
    org,
    heading: `${label} National Policing Priorities statement`,
    draft: false,
    logo,
    date: paper.publishedAt ?? new Date(0),
    previousKpis: context.previousKpis,
  });
  const out: RenderOutput[] = [];
  const sizes = {} as Record<DocumentFormat, number>;
  for (const format of ["pdf", "docx"] as const) {
    const source = documentSource(input, format, renderer);
    const targets = paths(format);
    const stored = await Promise.all(targets.map((p) => ctx.reuse(p, source)));
    if (stored.every((size) => size != null)) {
      out.push(...targets.map((path) => ({ path, keep: true as const })));
      sizes[format] = stored[0]!;
      continue;
    }
    const body = format === "pdf" ? await renderPdf(input) : await renderDocx(input);
    const name = `board-paper-${view.slug}-edition-${paper.edition}.${format}`;
    out.push(
      ...targets.map((path) => ({
        ...file(path, 200, MIME[format], body, { "Content-Disposition": `inline; filename="${name}"` }),
        source,
      })),
    );
    sizes[format] = body.length;
  }
  return { out, sizes };
}

/** A quarter's page, each public edition's permanent page, its documents and data files; none if nothing is public. */
async function quarterArtifacts(slug: string, ctx: QuarterContext): Promise<RenderOutput[]> {
  const parsed = parseQuarterSlug(slug);
  const view = parsed && (await getPublicQuarter(slug));
  if (!parsed || !view) return [];
  const { settings } = ctx;
  const label = quarterLabel(parsed.fyStart, parsed.quarter);
  const title = (edition?: number) =>
    pageTitle(settings.org, edition == null ? label : `${label}, edition ${edition}`, "National Policing Priorities statement");
  const context = paperContext(ctx.history, parsed);
  const render = (v: PublicQuarter, downloads: Download[]) =>
    renderToStaticMarkup(
      <PublicQuarterView
        view={v}
        fyStart={parsed.fyStart}
        quarter={parsed.quarter}
        org={settings.org}
        downloads={downloads}
        context={context}
      />,
    );

  const data = openData(view, settings.base, settings.org.force);
  if (data.status !== "published") {
    const withdrawn = render(view, []);
    const notice = data.status === "withdrawn" ? data.notice : "Not found";
    return [
      page(quarterPath(slug), title(), settings, withdrawn),
      ...view.editions.map((e) => page(editionPath(slug, e.edition), title(e.edition), settings, withdrawn)),
      ...(data.status === "withdrawn"
        ? [
            file(dataCsvPath(slug), 410, TEXT, `${data.notice}\n`),
            file(dataJsonPath(slug), 410, JSON_TYPE, JSON.stringify({ withdrawn: { ...data.meta, notice: data.notice } })),
            ...(["pdf", "docx"] as const).map((f) => file(boardPaperPath(slug, f), 410, TEXT, `${notice}\n`)),
          ]
        : []),
    ];
  }

  const csv = file(dataCsvPath(slug), 200, CSV, figuresCsv(data.rows), {
    "Content-Disposition": `inline; filename="scorecard-${slug}.csv"`,
  });
  const json = file(dataJsonPath(slug), 200, JSON_TYPE, toJson(data.meta, data.rows, data.kpis));
  const out: RenderOutput[] = [csv, json];
  for (const e of view.editions) {
    const v = e.edition === view.edition ? view : await getPublicQuarter(slug, e.edition);
    if (!v?.paper) continue;
    const current = e.edition === view.edition;
    const docs = await documents(v, label, context, ctx, (f) => [
      boardPaperPath(slug, f, e.edition),
      ...(current ? [boardPaperPath(slug, f)] : []),
    ]);
    out.push(...docs.out);
    const downloads = (base: (f: DocumentFormat) => string): Download[] => [
      { href: base("pdf"), label: "The board paper", format: "PDF", bytes: docs.sizes.pdf },
      { href: base("docx"), label: "The board paper", format: "Word document", bytes: docs.sizes.docx },
    ];
    const dataDownloads: Download[] = [
      { href: dataCsvPath(slug), label: "The figures for this quarter", format: "CSV", bytes: csv.body.length },
      { href: dataJsonPath(slug), label: "The figures and KPIs for this quarter", format: "JSON", bytes: json.body.length },
    ];
    const editionPage = render(
      v,
      downloads((f) => boardPaperPath(slug, f, e.edition)),
    );
    out.push(page(editionPath(slug, e.edition), title(e.edition), settings, editionPage));
    if (current)
      out.push(page(quarterPath(slug), title(), settings, render(v, [...downloads((f) => boardPaperPath(slug, f)), ...dataDownloads])));
  }
  return out;
}

/** The all-quarters open data, its data package and the /data page. */
function dataArtifacts(history: PublishedQuarterData[], settings: RenderSettings): RenderedArtifact[] {
  const force = settings.org.force;
  const context = (q: PublishedQuarterData) => ({ force, quarter: quarterCode(q), edition: q.edition });
  const figures = history.flatMap((q) => figureRows(context(q), q.figures));
  const kpis = history.flatMap((q) => kpiRows(context(q), q.kpis));
  const quarters = history.map((q) => ({
    quarter: quarterCode(q),
    slug: q.slug,
    edition: q.edition,
    url: `${settings.base}${quarterPath(q.slug)}`,
  }));
  const figuresCsvFile = file(ALL_FIGURES_CSV, 200, CSV, figuresCsv(figures), { "Content-Disposition": 'inline; filename="figures.csv"' });
  const kpisCsvFile = file(ALL_KPIS_CSV, 200, CSV, kpisCsv(kpis), { "Content-Disposition": 'inline; filename="kpis.csv"' });
  const json = file(ALL_FIGURES_JSON, 200, JSON_TYPE, JSON.stringify({ force, licence: OGL.path, quarters, figures, kpis }, null, 2));
  const updated = history.reduce<Date | null>(
    (latest, q) => (q.publishedAt && (!latest || q.publishedAt > latest) ? q.publishedAt : latest),
    null,
  );
  const pkg = dataPackage({
    base: settings.base,
    force,
    publisher: `${force} and ${settings.org.pcc}`,
    contactEmail: settings.org.contactEmail,
    updated,
    bytes: { figuresCsv: figuresCsvFile.body.length, figuresJson: json.body.length, kpisCsv: kpisCsvFile.body.length },
  });
  const files: Download[] = [
    { href: ALL_FIGURES_CSV, label: "Figures, every published quarter", format: "CSV", bytes: figuresCsvFile.body.length },
    { href: ALL_KPIS_CSV, label: "KPIs, every published quarter", format: "CSV", bytes: kpisCsvFile.body.length },
    { href: ALL_FIGURES_JSON, label: "Figures and KPIs, every published quarter", format: "JSON", bytes: json.body.length },
  ];
  const pkgFile = file(DATA_PACKAGE, 200, JSON_TYPE, JSON.stringify(pkg, null, 2));
  files.push({
    href: DATA_PACKAGE,
    label: "Data package (Frictionless Data) describing these files",
    format: "JSON",
    bytes: pkgFile.body.length,
  });
  const html = renderToStaticMarkup(<DataPage files={files} figureColumns={FIGURE_COLUMNS} kpiColumns={KPI_COLUMNS} />);
  return [figuresCsvFile, kpisCsvFile, json, pkgFile, page(DATA_PATH, pageTitle(settings.org, "Open data"), settings, html)];
}

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
