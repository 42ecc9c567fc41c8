import "server-only";
import { renderToStaticMarkup } from "react-dom/server";
import { pageTitle } from "@/components/public/public-document";
import { DataPage } from "@/components/public/data-page";
import type { Download } from "@/components/paper/public-quarter-view";
import { figureRows, figuresCsv, kpiRows, kpisCsv } from "@/lib/open-data/serialise";
import { FIGURE_COLUMNS, KPI_COLUMNS } from "@/lib/open-data/columns";
import { dataPackage, OGL } from "@/lib/open-data/data-package";
import { ALL_FIGURES_CSV, ALL_FIGURES_JSON, ALL_KPIS_CSV, DATA_PACKAGE, DATA_PATH, quarterPath } from "@/lib/public-site/paths";
import { quarterCode } from "@/lib/trends/history";
import type { PublishedQuarterData } from "@/server/public/load-published-history";
import { CSV, file, JSON_TYPE, page, type RenderedArtifact, type RenderSettings } from "./artifacts";

/** The all-quarters open data, its data package and the /data page. */
export function dataArtifacts(history: PublishedQuarterData[], settings: RenderSettings): RenderedArtifact[] {
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
