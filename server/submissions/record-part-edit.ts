import "server-only";
import type { Tx } from "@/server/db";
import type { SessionActor } from "@/lib/permissions";
import { CLOSED_STAGES } from "@/lib/workflow/stages";
import { writeAudit } from "@/server/audit/write-audit";
import { DomainError, NotFoundError } from "@/server/errors";
import { currentHashes } from "./load-part-content";
import { loadState } from "./load-workflow-facts";
import { applyTransition } from "./apply-transition";
import type { Part } from "@/generated/prisma/client";

/**
 * Refuses edits to a submission that is published, superseded or withdrawn. It does so with a
 * write (touching updatedAt where the stage is open), which takes the submission's row lock
 * first: on PostgreSQL a concurrent publish then either commits before this edit sees the
 * stage, or waits for the edit, so no edit can land in a published edition.
 */
export async function assertSubmissionEditable(tx: Tx, submissionId: string) {
  const locked = await tx.submission.updateMany({
    where: { id: submissionId, stage: { notIn: [...CLOSED_STAGES] } },
    data: { updatedAt: new Date() },
  });
  if (locked.count === 1) return;
  if (!(await tx.submission.findUnique({ where: { id: submissionId }, select: { id: true } }))) throw new NotFoundError("That submission");
  throw new DomainError("This edition is closed to edits. To correct a published quarter, start a new edition.");
}

type EditOptions = {
  actor: SessionActor;
  submissionId: string;
  part: Part;
  what: string;
  entityType: string;
  entityId: string;
  details?: Record<string, unknown>;
};

/** Voids the approvals of `part` that no longer hold, with an audit row; returns how many. */
async function voidApprovals(
  tx: Tx,
  actor: SessionActor,
  submissionId: string,
  part: "FORCE" | "PCC",
  stale: { id: string; approverName: string }[],
  reason: string,
) {
  if (stale.length === 0) return 0;
  await tx.approval.updateMany({ where: { id: { in: stale.map((a) => a.id) } }, data: { voidedAt: new Date(), voidReason: reason } });
  await writeAudit(tx, {
    actor,
    action: "approval.voided",
    entityType: "Submission",
    entityId: submissionId,
    submissionId,
    part,
    comment: `Approval by ${stale[0]!.approverName} voided: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,
  });
  return stale.length;
}

/**
 * Runs after every save, in the save's transaction: writes the audit row, records who edited
 * which part (the fact separation of duties is decided from), and moves the part on. The
 * first save starts a part; a change to a submitted or approved part takes it back to its
 * authors and voids the approval. A change to the force part also voids the PCC's approval of
 * the statement that answered it: the PCC re-confirms, and the PCC's office is told.
 */
export async function recordPartEdit(tx: Tx, options: EditOptions) {
  const { actor, submissionId, part, what } = options;
  await writeAudit(tx, {
    actor,
    action: `save.${what}`,
    entityType: options.entityType,
    entityId: options.entityId,
    submissionId,
    part,
    details: options.details,
  });
  const now = new Date();
  await tx.partEditor.upsert({
    where: { submissionId_part_userId: { submissionId, part, userId: actor.id } },
    create: { submissionId, part, userId: actor.id, firstEditedAt: now, lastEditedAt: now },
    update: { lastEditedAt: now },
  });
  if (part === "SECRETARIAT") return;

  const hashes = await currentHashes(tx, submissionId);
  const state = await loadState(tx, submissionId);
  const suffix = part === "FORCE" ? "force" : "pcc";
  if (state[part] === "NOT_STARTED") await applyTransition(tx, { actor, submissionId, action: `start_${suffix}` });

  const stale = await tx.approval.findMany({
    where: { submissionId, part, voidedAt: null, NOT: { contentHash: hashes[part] } },
    select: { id: true, approverName: true },
  });
  const changedSinceSubmitted =
    (state[part] === "SUBMITTED" || state[part] === "APPROVED") &&
    (stale.length > 0 || (await changedSinceLastSnapshot(tx, submissionId, part, hashes[part])));
  await voidApprovals(tx, actor, submissionId, part, stale, `Edited by ${actor.name} after approval (${what.replace(/[.-]/g, " ")})`);
  if (changedSinceSubmitted) await applyTransition(tx, { actor, submissionId, action: `reopen_${suffix}` });

  if (part === "FORCE") {
    const answered = await tx.approval.findMany({
      where: { submissionId, part: "PCC", voidedAt: null, OR: [{ forceHash: null }, { NOT: { forceHash: hashes.FORCE } }] },
      select: { id: true, approverName: true },
    });
    const voided = await voidApprovals(tx, actor, submissionId, "PCC", answered, "The force part it responded to changed");
    if (voided && (await loadState(tx, submissionId)).PCC === "APPROVED")
      await applyTransition(tx, { actor, submissionId, action: "reconfirm_pcc" });
  }
}

/** Whether a part's content differs from what was last submitted, returned or approved. */
async function changedSinceLastSnapshot(tx: Tx, submissionId: string, part: "FORCE" | "PCC", hash: string) {
  const last = await tx.partSnapshot.findFirst({
    where: { submissionId, part },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { contentHash: true },
  });
  return !last || last.contentHash !== hash;
}
