import "server-only";
import type { Db, Tx } from "@/server/db";
import { BY_POSITION, SECTION_CONTENT_SELECT } from "./load-part-content";

type Client = Tx | Db;

/** What the workflow reads of a submission; a page may add its own fields to the same call. */
export function contentSelect(actorId: string) {
  return {
    edition: true,
    stage: true,
    forceStatus: true,
    pccStatus: true,
    boardName: true,
    meetingDate: true,
    agendaItem: true,
    planPriority: true,
    title: true,
    presenters: true,
    figures: { orderBy: BY_POSITION },
    kpiResults: { orderBy: BY_POSITION },
    sections: {
      select: { ...SECTION_CONTENT_SELECT, paragraphs: { orderBy: { position: "asc" }, select: { text: true, carriedOver: true } } },
    },
    notApplicable: { select: { measureKey: true, reason: true } },
    approvals: { orderBy: { approvedAt: "desc" } },
    editors: { where: { userId: actorId }, select: { part: true } },
  } as const;
}

/**
 * Everything the workflow reads of one submission, in one Prisma call: both parts' content
 * (for the approval hashes), the completeness checklist, the figure check and the task list
 * are all derived from it. One call instead of one per question, because each Prisma call
 * costs compile and mapping time on the event loop that a busy page multiplies.
 */
export async function loadSubmissionContent(client: Client, submissionId: string, actorId: string) {
  const [submission, measures] = await Promise.all([
    client.submission.findUniqueOrThrow({ where: { id: submissionId }, select: contentSelect(actorId) }),
    loadMeasures(client),
  ]);
  return { ...submission, measures };
}

/** The national measures' names, in the framework's order. */
export function loadMeasures(client: Client) {
  return client.measure.findMany({ orderBy: { position: "asc" }, select: { key: true, name: true } });
}

export type SubmissionContent = Awaited<ReturnType<typeof loadSubmissionContent>>;
