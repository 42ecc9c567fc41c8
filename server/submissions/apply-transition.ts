import "server-only";
import type { Tx } from "@/server/db";
import { can, ForbiddenError, type SessionActor } from "@/lib/permissions";
import { mayTake, resolveTransition, type TransitionInput, type WorkflowAction } from "@/lib/workflow/transitions";
import { writeAudit } from "@/server/audit/write-audit";
import { DomainError, NotFoundError, StaleError } from "@/server/errors";
import { loadWorkflowFacts } from "./load-workflow-facts";
import type { Prisma, Part } from "@/generated/prisma/client";

export type ApplyTransitionOptions = {
  actor: SessionActor;
  submissionId: string;
  action: WorkflowAction;
  input?: TransitionInput;
  /** Extra columns written with the stage change (publication or withdrawal details). */
  data?: Prisma.SubmissionUpdateManyMutationInput;
  part?: Part;
  /** The clock, for the deadline check (tests and the demo seed pass their own). */
  now?: Date;
};

/**
 * The only writer of Submission.stage. It resolves the row in the transition table, checks
 * permission and guard, updates with `where: { id, stage: from }` so a stale transition
 * fails instead of overwriting, and writes the audit row in the same transaction.
 */
export async function applyTransition(tx: Tx, { actor, submissionId, action, input = {}, data, part, now }: ApplyTransitionOptions) {
  // Authorization first: a caller who may never take this action learns nothing, not even
  // whether the submission exists.
  if (!mayTake(action, (p) => can(actor, p))) throw new ForbiddenError();
  // Lock the submission's row before reading anything, so two decisions on one submission
  // (the DCC and the PCC approving at once, say) are taken one after the other and each sees
  // the other's result, on PostgreSQL as on SQLite.
  const locked = await tx.submission.updateMany({ where: { id: submissionId }, data: { updatedAt: new Date() } });
  if (locked.count !== 1) throw new NotFoundError("That submission");
  const submission = await tx.submission.findUniqueOrThrow({ where: { id: submissionId }, select: { stage: true } });
  const from = submission.stage;
  const { checklist: _checklist, approval: _approval, ...facts } = await loadWorkflowFacts(tx, submissionId, actor.id, now);
  const resolution = resolveTransition(action, from, facts, (p) => can(actor, p), input);
  if (!resolution.ok) {
    if (resolution.reason === "forbidden") throw new ForbiddenError(resolution.message);
    throw new DomainError(resolution.message, resolution.reason === "comment" ? { comment: [resolution.message] } : undefined);
  }
  const { transition } = resolution;
  const updated = await tx.submission.updateMany({
    where: { id: submissionId, stage: from },
    data: { ...data, ...transition.effects, stage: transition.to },
  });
  if (updated.count !== 1) throw new StaleError("The submission");
  await writeAudit(tx, {
    actor,
    action: `transition.${action}`,
    entityType: "Submission",
    entityId: submissionId,
    submissionId,
    part,
    fromStatus: from,
    toStatus: transition.to,
    comment: input.comment?.trim() || undefined,
    details: publicationDetails(input),
  });
  return { from, to: transition.to, facts };
}

function publicationDetails({ lateReason, changeNote, minorChange }: TransitionInput) {
  const details = {
    lateReason: lateReason?.trim() || undefined,
    changeNote: changeNote?.trim() || undefined,
    minorChange: minorChange || undefined,
  };
  return Object.values(details).some((v) => v !== undefined) ? details : undefined;
}
