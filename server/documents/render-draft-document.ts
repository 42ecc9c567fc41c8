import "server-only";
import { db } from "@/server/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { quarterLabel } from "@/lib/quarters";
import { boardPaperPath, type DocumentFormat } from "@/lib/public-site/paths";
import { CLOSED_STAGES } from "@/lib/workflow/stages";
import { inMeasureOrder } from "@/lib/measures/measure-order";
import { previousPublished } from "@/lib/trends/history";
import { loadPublishedHistory } from "@/server/public/load-published-history";
import { getOrganisation } from "@/server/settings/get-organisation";
import { documentInput } from "./document-input";
import { renderPdf } from "./render-pdf";
import { renderDocx } from "./render-docx";

export type RenderDraftDocumentOptions = { actor: Actor; submissionId: string; format: DocumentFormat };

export type DraftDocument =
  | { kind: "file"; body: Buffer; filename: string }
  /** A closed edition's paper is the public one: go there. */
  | { kind: "public"; path: string }
  | null;

/**
 * An edition's board paper as it stands, for the agenda pack before the meeting: DRAFT on
 * every page, made on request (it changes with every edit). For anyone who can view
 * submissions; a published, superseded or withdrawn edition's paper is the public file.
 */
export async function renderDraftDocument({ actor, submissionId, format }: RenderDraftDocumentOptions): Promise<DraftDocument> {
  assertCan(actor, "submission:view");
  const s = await db.submission.findUnique({
    where: { id: submissionId },
    select: {
      edition: true,
      stage: true,
      agendaItem: true,
      boardName: true,
      meetingDate: true,
      planPriority: true,
      title: true,
      presenters: true,
      quarter: { select: { slug: true, fyStart: true, quarter: true } },
      figures: { orderBy: { position: "asc" } },
      kpiResults: { orderBy: { position: "asc" } },
      notApplicable: true,
      sections: {
        select: {
          id: true,
          kind: true,
          position: true,
          measureKey: true,
          heading: true,
          paragraphs: { orderBy: { position: "asc" }, select: { text: true } },
        },
      },
    },
  });
  if (!s) return null;
  if ((CLOSED_STAGES as readonly string[]).includes(s.stage))
    return { kind: "public", path: boardPaperPath(s.quarter.slug, format, s.edition) };
  const [{ org, logo }, history] = await Promise.all([getOrganisation(db), loadPublishedHistory()]);
  const previous = previousPublished(history, s.quarter);
  const label = quarterLabel(s.quarter.fyStart, s.quarter.quarter);
  const input = documentInput({
    paper: { ...s, notApplicable: inMeasureOrder(s.notApplicable, s.sections) },
    org,
    heading: `${label} National Policing Priorities statement (DRAFT)`,
    draft: true,
    logo,
    date: new Date(),
    previousKpis: previous && {
      label: quarterLabel(previous.fyStart, previous.quarter),
      actuals: new Map(previous.kpis.map((k) => [k.kpiId, k.actual])),
    },
  });
  const body = format === "pdf" ? await renderPdf(input) : await renderDocx(input);
  return { kind: "file", body, filename: `DRAFT-board-paper-${s.quarter.slug}-edition-${s.edition}.${format}` };
}
