import "server-only";
import { db } from "@/server/db";
import { assertCan, can, type Actor } from "@/lib/permissions";
import { availableActions } from "@/lib/workflow/transitions";
import { isEditable } from "@/lib/workflow/stages";
import { nextStep } from "@/lib/workflow/next-step";
import { deadlineStatus, clearDaysSetting, publicationDeadline, toIsoDate } from "@/lib/deadline/working-days";
import { workflowFactsOf } from "./load-workflow-facts";
import { contentSelect, loadMeasures } from "./load-submission-content";
import { taskListOf } from "./load-task-list";
import { pccAnswersChangedForce } from "./pcc-answers-changed-force";

/** Everything the submission's task list page shows, for a signed-in user allowed to view submissions. */
export async function getSubmission(actor: Actor, submissionId: string) {
  assertCan(actor, "submission:view");
  // One call for the submission, its content and its snapshots, one for the history, one for
  // the measures' names: each Prisma call costs compile time on the event loop (see
  // load-submission-content.ts).
  const [found, measures, history] = await Promise.all([
    db.submission.findUnique({
      where: { id: submissionId },
      select: {
        ...contentSelect(actor.id),
        id: true,
        publishedAt: true,
        withdrawalExplanation: true,
        quarter: {
          select: {
            id: true,
            slug: true,
            fyStart: true,
            quarter: true,
            submissions: { select: { id: true, edition: true, stage: true }, orderBy: { edition: "asc" } },
          },
        },
        returnNotes: { where: { resolvedAt: null }, orderBy: { createdAt: "desc" } },
        snapshots: { where: { auditEventId: { not: null } }, select: { id: true, auditEventId: true, part: true } },
      },
    }),
    loadMeasures(db),
    db.auditEvent.findMany({ where: { submissionId }, orderBy: { at: "desc" }, take: 200 }),
  ]);
  if (!found) return null;
  const loaded = workflowFactsOf({ ...found, measures });
  const submission = {
    id: found.id,
    edition: found.edition,
    title: found.title,
    boardName: found.boardName,
    meetingDate: found.meetingDate,
    publishedAt: found.publishedAt,
    withdrawalExplanation: found.withdrawalExplanation,
    quarter: found.quarter,
    returnNotes: found.returnNotes,
  };
  const snapshots = found.snapshots;
  const { state } = loaded;
  const tasks = taskListOf(loaded);
  const pccNotice = await pccAnswersChangedForce(db, submissionId, state, loaded.approval.hashes.FORCE);
  const editable = isEditable(state.stage);
  const meetingIso = submission.meetingDate ? toIsoDate(submission.meetingDate) : null;
  const snapshotOf = new Map(snapshots.map((s) => [s.auditEventId!, { id: s.id, part: s.part }]));
  return {
    ...submission,
    state,
    stage: state.stage,
    nextStep: nextStep(state),
    facts: loaded.facts,
    checklist: loaded.checklist,
    figureCheck: loaded.figureCheck,
    approvals: loaded.approval,
    tasks,
    pccNotice,
    history: history.map((e) => ({ ...e, snapshot: snapshotOf.get(e.id) ?? null })),
    deadline:
      meetingIso && editable
        ? {
            ...deadlineStatus(meetingIso, toIsoDate(new Date()), clearDaysSetting()),
            deadline: publicationDeadline(meetingIso, clearDaysSetting()),
          }
        : null,
    actions: availableActions(state, (p) => can(actor, p)),
    canAbandonEdition: can(actor, "edition:create") && submission.edition > 1 && editable,
    canStartEdition:
      can(actor, "edition:create") && state.stage === "PUBLISHED" && !submission.quarter.submissions.some((s) => isEditable(s.stage)),
  };
}

export type SubmissionView = NonNullable<Awaited<ReturnType<typeof getSubmission>>>;
