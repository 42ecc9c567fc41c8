import "server-only";
import { db } from "@/server/db";
import { assertCan, can, type Actor } from "@/lib/permissions";
import { availableActions } from "@/lib/workflow/transitions";
import { isEditable } from "@/lib/workflow/stages";
import { nextStep } from "@/lib/workflow/next-step";
import { deadlineStatus, clearDaysSetting, publicationDeadline, toIsoDate } from "@/lib/deadline/working-days";
import { loadWorkflowFacts } from "./load-workflow-facts";
import { taskListOf } from "./load-task-list";
import { pccAnswersChangedForce } from "./pcc-answers-changed-force";

/** Everything the submission's task list page shows, for a signed-in user allowed to view submissions. */
export async function getSubmission(actor: Actor, submissionId: string) {
  assertCan(actor, "submission:view");
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    select: {
      id: true,
      edition: true,
      title: true,
      boardName: true,
      meetingDate: true,
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
    },
  });
  if (!submission) return null;
  const [loaded, history, snapshots] = await Promise.all([
    loadWorkflowFacts(db, submissionId, actor.id),
    db.auditEvent.findMany({ where: { submissionId }, orderBy: { at: "desc" }, take: 200 }),
    db.partSnapshot.findMany({
      where: { submissionId, auditEventId: { not: null } },
      select: { id: true, auditEventId: true, part: true },
    }),
  ]);
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
