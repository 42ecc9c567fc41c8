import "server-only";
import { db } from "@/server/db";
import { assertCan, can, type Actor } from "@/lib/permissions";
import { resolveTransition } from "@/lib/workflow/transitions";
import { isEditable, type ApprovedPart } from "@/lib/workflow/stages";
import { compareSections } from "@/lib/workflow/section-order";
import { inMeasureOrder } from "@/lib/measures/measure-order";
import { numberParagraphs } from "@/lib/statement/number-paragraphs";
import { loadWorkflowFacts } from "./load-workflow-facts";
import { taskListOf } from "./load-task-list";
import { pccAnswersChangedForce } from "./pcc-answers-changed-force";
import { changeBaselines } from "./get-part-changes";

/**
 * A part as it will be published (figures, KPI scorecard, statement with figure checks), with
 * what its approver or author may do next: the review page and the check-and-submit page.
 */
export async function getPartReview(actor: Actor, submissionId: string, part: ApprovedPart) {
  assertCan(actor, "submission:view");
  const s = await db.submission.findUnique({
    where: { id: submissionId },
    select: {
      id: true,
      title: true,
      edition: true,
      stage: true,
      quarter: { select: { fyStart: true, quarter: true } },
      figures: { orderBy: { position: "asc" } },
      kpiResults: { orderBy: { position: "asc" } },
      notApplicable: true,
      sections: { include: { paragraphs: { orderBy: { position: "asc" } }, covers: true } },
      returnNotes: { where: { resolvedAt: null, part }, orderBy: { createdAt: "desc" } },
    },
  });
  if (!s) return null;
  const loaded = await loadWorkflowFacts(db, submissionId, actor.id);
  const tasks = taskListOf(loaded);
  const measures = loaded.content.measures;
  const [baselines, pccNotice] = await Promise.all([
    changeBaselines(db, submissionId, part),
    part === "PCC" ? pccAnswersChangedForce(db, submissionId, loaded.state, loaded.approval.hashes.FORCE) : null,
  ]);
  const { state, facts } = loaded;
  const hasPermission = (p: Parameters<typeof can>[1]) => can(actor, p);
  const suffix = part === "FORCE" ? "force" : "pcc";
  // Would the decision or submission go through? (A refusal is shown instead of a button.)
  const decide = (action: "approve_force" | "approve_pcc" | "submit_force" | "submit_pcc" | "return_force" | "return_pcc") =>
    resolveTransition(action, state, facts, hasPermission, { comment: "x", checkedFlags: true });
  // Priorities in the order the measures appear in the statement, whatever order the database gives.
  const ordered = [...s.sections].sort(compareSections).map((x) => ({ ...x, covers: inMeasureOrder(x.covers, s.sections) }));
  const numbered = numberParagraphs(ordered).filter((x) => x.part === part);
  const group = tasks.find((g) => g.part === part);
  return {
    ...s,
    notApplicable: inMeasureOrder(s.notApplicable, s.sections),
    editable: isEditable(s.stage),
    part,
    state,
    status: state[part],
    sections: numbered,
    measureNames: Object.fromEntries(measures.map((m) => [m.key, m.name])),
    figureCheck: loaded.figureCheck,
    missing: part === "FORCE" ? facts.missingForForce : facts.missingForPcc,
    unfinishedTasks: (group?.tasks ?? []).filter((t) => !t.id.startsWith("submit:") && t.status !== "COMPLETED"),
    contentHash: loaded.approval.hashes[part],
    approvals: loaded.approval,
    baselines,
    pccNotice,
    approve: { offered: can(actor, part === "FORCE" ? "force:approve" : "pcc:approve"), result: decide(`approve_${suffix}`) },
    returnable: decide(`return_${suffix}`).ok,
    submit: { offered: can(actor, part === "FORCE" ? "force:submit" : "pcc:submit"), result: decide(`submit_${suffix}`) },
  };
}

export type PartReview = NonNullable<Awaited<ReturnType<typeof getPartReview>>>;
