import "server-only";
import { publicDb as db } from "@/server/db";

/**
 * Public read: only quarters whose current public edition is published or withdrawn, and
 * only the fields the archive shows. Nothing from a draft is selected.
 */
export async function listPublishedQuarters() {
  const rows = await db.submission.findMany({
    where: { stage: { in: ["PUBLISHED", "WITHDRAWN"] } },
    orderBy: [{ quarter: { fyStart: "desc" } }, { quarter: { quarter: "desc" } }],
    select: {
      title: true,
      stage: true,
      publishedAt: true,
      meetingDate: true,
      boardName: true,
      quarter: { select: { slug: true, fyStart: true, quarter: true } },
    },
  });
  return rows;
}
