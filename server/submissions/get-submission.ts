import "server-only";
import { inMeasureOrder } from "@/lib/measures/measure-order";
import { db } from "@/server/db";
import { assertCan, can, type Actor } from "@/lib/permissions";
import { availableActions } from "@/lib/workflow/transitions";
import { isEditable } from "@/lib/workflow/stages";
import { compareSections } from "@/lib/workflow/section-order";
import { EDIT_PERMISSION } from "@/lib/workflow/part-permissions";
import { deadlineStatus, clearDaysSetting, publicationDeadline, toIsoDate } from "@/lib/deadline/working-days";
import { loadWorkflowFacts } from "./load-workflow-facts";
import { paperHash } from "./load-part-content";
import { checkParagraph, summarise } from "@/lib/figure-check/check-paragraph";

/** Everything the submission page shows, for a signed-in user allowed to view submissions. */
export async function getSubmission(actor: Actor, submissionId: string) {
  assertCan(actor, "submission:view");
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    include: {
      quarter: {
        select: {
          id: true,
          slug: true,
          fyStart: true,
          quarter: true,
          submissions: { select: { id: true, edition: true, stage: true }, orderBy: { edition: "asc" } },
        },
      },
      figures: { orderBy: { position: "asc" } },
      kpiResults: { orderBy: { position: "asc" } },
      sections: { include: { paragraphs: { orderBy: { position: "asc" } }, covers: true } },
      notApplicable: true,
      returnNotes: { where: { resolvedAt: null }, orderBy: { createdAt: "desc" } },
    },
  });
  if (!submission) return null;
  const [{ approval: approvals, ...facts }, history, measures] = await Promise.all([
    loadWorkflowFacts(db, submissionId, actor.id),
    db.auditEvent.findMany({ where: { submissionId }, orderBy: { at: "desc" }, take: 200 }),
    db.measure.findMany({ orderBy: { position: "asc" }, select: { key: true, name: true } }),
  ]);
  // The parts' hashes are part of the workflow facts: the paper's hash reuses them.
  const publishHash = await paperHash(db, submissionId, approvals.hashes);
  const stage = submission.stage;
  // The figure checker over the whole force statement, summarised beside submit and approve.
  const figureCheck = summarise(
    submission.sections
      .filter((s) => s.kind === "MEASURE")
      .flatMap((s) =>
        s.paragraphs.flatMap((p) =>
          checkParagraph(
            p.text,
            submission.figures.filter((f) => f.measureKey === s.measureKey),
          ),
        ),
      ),
  );
  const editable = isEditable(stage);
  const meetingIso = submission.meetingDate ? toIsoDate(submission.meetingDate) : null;
  return {
    ...submission,
    stage,
    notApplicable: inMeasureOrder(submission.notApplicable, submission.sections),
    sections: [...submission.sections]
      .sort(compareSections)
      .map((section) => ({ ...section, covers: inMeasureOrder(section.covers, submission.sections) })),
    measures: measures.filter((m) => submission.sections.some((s) => s.kind === "MEASURE" && s.measureKey === m.key)),
    facts,
    figureCheck,
    approvals,
    publishHash,
    history,
    deadline: meetingIso
      ? {
          ...deadlineStatus(meetingIso, toIsoDate(new Date()), clearDaysSetting()),
          deadline: publicationDeadline(meetingIso, clearDaysSetting()),
        }
      : null,
    actions: availableActions(stage, facts, (p) => can(actor, p)),
    canEdit: {
      FORCE: editable && can(actor, EDIT_PERMISSION.FORCE),
      PCC: editable && can(actor, EDIT_PERMISSION.PCC),
      SECRETARIAT: editable && can(actor, EDIT_PERMISSION.SECRETARIAT),
      meeting: editable && can(actor, "meeting:edit"),
    },
    canAbandonEdition: can(actor, "edition:create") && submission.edition > 1 && editable,
    canStartEdition:
      can(actor, "edition:create") && stage === "PUBLISHED" && !submission.quarter.submissions.some((s) => isEditable(s.stage)),
  };
}

export type SubmissionView = NonNullable<Awaited<ReturnType<typeof getSubmission>>>;
