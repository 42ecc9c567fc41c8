import "server-only";
import { inMeasureOrder } from "@/lib/measures/measure-order";
import { publicDb as db } from "@/server/db";
import { compareSections } from "@/lib/workflow/section-order";
import { CLOSED_STAGES } from "@/lib/workflow/stages";

// Public reads. Every query names the public stages in its `where`, so a draft, an edition
// awaiting approval or one ready to publish can never be selected by these functions.
const PUBLIC_STAGES = CLOSED_STAGES;

export const paperSelect = {
  id: true,
  edition: true,
  stage: true,
  boardName: true,
  meetingDate: true,
  agendaItem: true,
  planPriority: true,
  title: true,
  presenters: true,
  publishedAt: true,
  changeNote: true,
  minorChange: true,
  withdrawnAt: true,
  withdrawalReason: true,
  withdrawalExplanation: true,
  figures: { orderBy: { position: "asc" as const } },
  kpiResults: { orderBy: { position: "asc" as const } },
  notApplicable: true,
  sections: {
    include: { paragraphs: { orderBy: { position: "asc" as const }, select: { text: true } }, covers: { select: { measureKey: true } } },
  },
};

async function loadEditions(slug: string) {
  return db.submission.findMany({
    where: { quarter: { slug }, stage: { in: [...PUBLIC_STAGES] } },
    orderBy: { edition: "asc" },
    select: {
      edition: true,
      stage: true,
      title: true,
      publishedAt: true,
      changeNote: true,
      minorChange: true,
      withdrawnAt: true,
      withdrawalReason: true,
      withdrawalExplanation: true,
    },
  });
}

async function loadPaper(slug: string, edition: number) {
  const s = await db.submission.findFirst({
    where: { quarter: { slug }, edition, stage: { in: [...PUBLIC_STAGES] } },
    select: { ...paperSelect, quarter: { select: { slug: true, fyStart: true, quarter: true } } },
  });
  return (
    s && {
      ...s,
      notApplicable: inMeasureOrder(s.notApplicable, s.sections),
      sections: [...s.sections]
        .sort(compareSections)
        .map((section) => ({ ...section, covers: inMeasureOrder(section.covers, s.sections) })),
    }
  );
}

export type PublicPaper = NonNullable<Awaited<ReturnType<typeof loadPaper>>>;

/**
 * The public view of a quarter: its current edition (the published one) or a named earlier
 * edition, with the edition history. A withdrawn quarter yields its withdrawal notice and no
 * content at all. Null when nothing about the quarter is public.
 */
export async function getPublicQuarter(slug: string, edition?: number) {
  const editions = await loadEditions(slug);
  const current = [...editions].reverse().find((e) => e.stage === "PUBLISHED" || e.stage === "WITHDRAWN");
  if (!current) return null;
  const wanted = edition ?? current.edition;
  if (!editions.some((e) => e.edition === wanted)) return null;
  const first = editions[0]!;
  const common = {
    slug,
    editions,
    current,
    edition: wanted,
    firstPublishedAt: first.publishedAt,
    lastUpdatedAt: current.edition > first.edition ? current.publishedAt : null,
  };
  if (current.stage === "WITHDRAWN") return { ...common, withdrawal: current, paper: null };
  const paper = await loadPaper(slug, wanted);
  return paper && { ...common, withdrawal: null, paper };
}

export type PublicQuarter = NonNullable<Awaited<ReturnType<typeof getPublicQuarter>>>;
