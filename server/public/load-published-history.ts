import "server-only";
import { publicDb as db } from "@/server/db";
import type { HistoryFigure, HistoryKpi, PublishedQuarter } from "@/lib/trends/history";
import type { ExportFigure, ExportKpi } from "@/lib/open-data/serialise";

export type PublishedQuarterData = PublishedQuarter & {
  publishedAt: Date | null;
  figures: (HistoryFigure & ExportFigure)[];
  kpis: (HistoryKpi & ExportKpi)[];
};

/**
 * Every quarter whose current public edition is published (not withdrawn, not superseded),
 * with its figures and KPI results: the only source of trends, "previous quarter" values and
 * the all-quarters open data, so nothing unpublished can reach them. Selects numbers and
 * names only, never statement text.
 */
export async function loadPublishedHistory(): Promise<PublishedQuarterData[]> {
  const rows = await db.submission.findMany({
    where: { stage: "PUBLISHED" },
    orderBy: [{ quarter: { fyStart: "asc" } }, { quarter: { quarter: "asc" } }],
    select: {
      edition: true,
      publishedAt: true,
      quarter: { select: { slug: true, fyStart: true, quarter: true } },
      figures: {
        orderBy: { position: "asc" },
        select: {
          indicatorId: true,
          measureKey: true,
          measureName: true,
          name: true,
          unit: true,
          betterWhen: true,
          baselineLabel: true,
          baselineValue: true,
          latestValue: true,
          periodStart: true,
          periodEnd: true,
          periodNote: true,
          baselineStart: true,
          baselineEnd: true,
          noLocalData: true,
          source: true,
          noDataReason: true,
          proxyUsed: true,
          comparisonLabel: true,
          comparisonValue: true,
        },
      },
      kpiResults: {
        orderBy: { position: "asc" },
        select: {
          kpiId: true,
          name: true,
          unit: true,
          betterWhen: true,
          target: true,
          greenThreshold: true,
          amberThreshold: true,
          actual: true,
          periodStart: true,
          periodEnd: true,
        },
      },
    },
  });
  return rows.map((r) => ({ ...r.quarter, edition: r.edition, publishedAt: r.publishedAt, figures: r.figures, kpis: r.kpiResults }));
}
