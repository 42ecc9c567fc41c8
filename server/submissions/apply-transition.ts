import "server-only";
import type { Tx } from "@/server/db";
import { can, ForbiddenError, type SessionActor } from "@/lib/permissions";
import {
  mayTake,
  resolveTransition,
  subjectOf,
  type TransitionInput,
  type WorkflowAction,
  type WorkflowState,
} from "@/lib/workflow/transitions";
import { writeAudit } from "@/server/audit/write-audit";
import { DomainError, NotFoundError, StaleError } from "@/server/errors";
import { loadWorkflowFacts } from "./load-workflow-facts";
import { queueWorkflowMail } from "./queue-workflow-mail";
import type { Prisma } from "@/generated/prisma/client";

export type ApplyTransitionOptions = {
  actor: SessionActor;
  submissionId: string;
  action: WorkflowAction;
  input?: TransitionInput;
  /** Extra columns written with the change (publication or withdrawal details). */
  data?: Prisma.SubmissionUpdateManyMutationInput;
  /** The clock, for the deadline check (tests and the demo seed pass their own). */
  now?: Date;
};

/** Takes the submission's row lock (a guarded write) before anything is read. */
export async function lockSubmission(tx: Tx, submissionId: string) {
  const locked = await tx.submission.updateMany({ where: { id: submissionId }, data: { updatedAt: new Date() } });
  if (locked.count !== 1) throw new NotFoundError("That submission");
}

const describe = (s: WorkflowState, subject: ReturnType<typeof subjectOf>) => (subject === "QUARTER" ? s.stage : s[subject]);

/**
 * The only writer of a submission's stage and its parts' statuses. It resolves the row in the
 * transition table, checks permission and guard, updates with the state it read in the
 * `where` (compare-and-set, so a stale transition fails instead of overwriting), and writes
 * the audit row in the same transaction, with the emails the move calls for. A part's move
 * also sets the quarter's stage, derived from both parts.
 */
export async function applyTransition(tx: Tx, { actor, submissionId, action, input = {}, data, now }: ApplyTransitionOptions) {
  // Authorization first: a caller who may never take this action learns nothing, not even
  // whether the submission exists.
  if (!mayTake(action, (p) => can(actor, p))) throw new ForbiddenError();
  // Lock the submission's row before reading anything, so two decisions on one submission
  // (the DCC and the PCC approving at once, say) are taken one after the other and each sees
  // the other's result, on PostgreSQL as on SQLite.
  await lockSubmission(tx, submissionId);
  const { facts, state } = await loadWorkflowFacts(tx, submissionId, actor.id, now);
  const resolution = resolveTransition(action, state, facts, (p) => can(actor, p), input);
  if (!resolution.ok) {
    if (resolution.reason === "forbidden") throw new ForbiddenError(resolution.message);
    throw new DomainError(resolution.message, resolution.reason === "comment" ? { comment: [resolution.message] } : undefined);
  }
  const { next, transition } = resolution;
  const updated = await tx.submission.updateMany({
    where: { id: submissionId, stage: state.stage, forceStatus: state.FORCE, pccStatus: state.PCC },
    data: { ...data, stage: next.stage, forceStatus: next.FORCE, pccStatus: next.PCC },
  });
  if (updated.count !== 1) throw new StaleError("The submission");
  const subject = transition.subject;
  const auditEventId = await writeAudit(tx, {
    actor,
    action: `transition.${action}`,
    entityType: "Submission",
    entityId: submissionId,
    submissionId,
    part: subject === "QUARTER" ? undefined : subject,
    fromStatus: describe(state, subject),
    toStatus: describe(next, subject),
    comment: input.comment?.trim() || undefined,
    details: transitionDetails(input, state, next),
  });
  // The emails this move calls for, queued in the same transaction (sent afterwards by server/mail/).
  await queueWorkflowMail(tx, {
    actor,
    submissionId,
    event: { kind: "transition", action, from: state, to: next, correction: facts.isCorrection },
    comment: input.comment?.trim() || undefined,
  });
  return { from: state, to: next, facts, auditEventId };
}

function transitionDetails({ lateReason, changeNote, minorChange, checkedFlags }: TransitionInput, from: WorkflowState, to: WorkflowState) {
  const details = {
    lateReason: lateReason?.trim() || undefined,
    changeNote: changeNote?.trim() || undefined,
    minorChange: minorChange || undefined,
    checkedFlags: checkedFlags || undefined,
    stage: from.stage !== to.stage ? { from: from.stage, to: to.stage } : undefined,
  };
  return Object.values(details).some((v) => v !== undefined) ? details : undefined;
}
