import "server-only";
import { quarterLabel, financialYearLabel, parseQuarterSlug } from "@/lib/quarters";
import { figureRows, kpiRows, type FigureRow, type KpiRow, type QuarterMeta } from "@/lib/open-data/serialise";
import { OGL } from "@/lib/open-data/data-package";
import { quarterCode } from "@/lib/trends/history";
import { WITHDRAWAL_REASONS } from "@/lib/schemas/transition";
import { quarterPath } from "@/lib/public-site/paths";
import type { PublicQuarter } from "./get-public-quarter";

export type OpenData =
  | { status: "missing" }
  | { status: "withdrawn"; notice: string; meta: { slug: string; withdrawnAt: string | null; reason: string; explanation: string | null } }
  | { status: "published"; meta: QuarterMeta; rows: FigureRow[]; kpis: KpiRow[] };

/** A public quarter's figures and KPIs for the CSV and JSON downloads (its current edition); nothing unpublished. */
export function openData(view: PublicQuarter | null, base: string, force: string): OpenData {
  const parsed = view && parseQuarterSlug(view.slug);
  if (!view || !parsed) return { status: "missing" };
  const slug = view.slug;
  if (view.withdrawal || !view.paper) {
    const reason = WITHDRAWAL_REASONS[view.withdrawal?.withdrawalReason as keyof typeof WITHDRAWAL_REASONS] ?? "Other";
    return {
      status: "withdrawn",
      notice:
        `The ${quarterLabel(parsed.fyStart, parsed.quarter)} statement has been withdrawn. Reason: ${reason}. ${view.withdrawal?.withdrawalExplanation ?? ""}`.trim(),
      meta: {
        slug,
        withdrawnAt: view.withdrawal?.withdrawnAt?.toISOString() ?? null,
        reason,
        explanation: view.withdrawal?.withdrawalExplanation ?? null,
      },
    };
  }
  const p = view.paper;
  const context = { force, quarter: quarterCode(parsed), edition: p.edition };
  return {
    status: "published",
    rows: figureRows(context, p.figures),
    kpis: kpiRows(context, p.kpiResults),
    meta: {
      slug,
      force,
      quarter: context.quarter,
      title: p.title,
      financialYear: financialYearLabel(parsed.fyStart),
      quarterOfYear: parsed.quarter,
      edition: p.edition,
      publishedAt: view.firstPublishedAt?.toISOString() ?? "",
      lastUpdatedAt: view.lastUpdatedAt?.toISOString() ?? null,
      boardName: p.boardName,
      meetingDate: p.meetingDate ? p.meetingDate.toISOString().slice(0, 10) : null,
      agendaItem: p.agendaItem,
      url: `${base}${quarterPath(slug)}`,
      licence: OGL.path,
    },
  };
}
