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
      quarter: { select: { slug: true, fyStart: true, quarter: true } },
    },
  });
  const events = editions.flatMap((e) => [
    { kind: "published" as const, at: e.publishedAt!, ...e },
    ...(e.withdrawnAt ? [{ kind: "withdrawn" as const, at: e.withdrawnAt, ...e }] : []),
  ]);
  return events.sort((a, b) => b.at.getTime() - a.at.getTime());
}
