import "server-only";
import { renderToStaticMarkup } from "react-dom/server";
import { pageTitle } from "@/components/public/public-document";
import { PublicQuarterView, type Download } from "@/components/paper/public-quarter-view";
import type { PaperContext } from "@/components/paper/board-paper";
import { figuresCsv, toJson } from "@/lib/open-data/serialise";
import {
  boardPaperPath,
  dataCsvPath,
  dataJsonPath,
  editionPath,
  measurePath,
  quarterPath,
  type DocumentFormat,
} from "@/lib/public-site/paths";
import { parseQuarterSlug, quarterLabel } from "@/lib/quarters";
import { previousPublished } from "@/lib/trends/history";
import { getPublicQuarter, type PublicQuarter } from "@/server/public/get-public-quarter";
import type { PublishedQuarterData } from "@/server/public/load-published-history";
import { openData } from "@/server/public/open-data";
import { documentInput, documentSource } from "@/server/documents/document-input";
import { renderPdf } from "@/server/documents/render-pdf";
import { renderDocx } from "@/server/documents/render-docx";
import { CSV, file, JSON_TYPE, MIME, page, TEXT, type RenderOutput, type RenderSettings, type ReuseLookup } from "./artifacts";

export type QuarterContext = { settings: RenderSettings; history: PublishedQuarterData[]; reuse: ReuseLookup };

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
export async function quarterArtifacts(slug: string, ctx: QuarterContext): Promise<RenderOutput[]> {
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
