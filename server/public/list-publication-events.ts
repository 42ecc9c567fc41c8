import "server-only";
import { publicDb as db } from "@/server/db";
import { CLOSED_STAGES } from "@/lib/workflow/stages";

/**
 * Publication events for the feed: each published edition, and each withdrawal. Selects only
 * titles, dates and change notes of editions in public stages, never statement text.
 */
export async function listPublicationEvents() {
  const editions = await db.submission.findMany({
    where: { stage: { in: [...CLOSED_STAGES] }, publishedAt: { not: null } },
    select: {
      edition: true,
      title: true,
      publishedAt: true,
      changeNote: true,
      minorChange: true,
      withdrawnAt: true,
      withdrawalReason: true,
      withdrawalExplanation: true,
      boardName: true,
      meetingDate: true,
      quarter: { select: { slug: true, fyStart: true, quarter: true } },
      _count: { select: { kpiResults: true } },
      sections: { select: { kind: true, _count: { select: { paragraphs: true } } } },
    },
  });
  const events = editions
    .map(({ _count, sections, ...e }) => ({
      ...e,
      counts: {
        kpis: _count.kpiResults,
        measures: sections.filter((s) => s.kind === "MEASURE").length,
        paragraphs: sections.reduce((n, s) => n + s._count.paragraphs, 0),
      },
    }))
    .flatMap((e) => [
      { kind: "published" as const, at: e.publishedAt!, ...e },
      ...(e.withdrawnAt ? [{ kind: "withdrawn" as const, at: e.withdrawnAt, ...e }] : []),
    ]);
  return events.sort((a, b) => b.at.getTime() - a.at.getTime());
}
