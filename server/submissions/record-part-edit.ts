import "server-only";
import type { Tx } from "@/server/db";
import type { SessionActor } from "@/lib/permissions";
import { CLOSED_STAGES } from "@/lib/workflow/stages";
import { writeAudit } from "@/server/audit/write-audit";
import { DomainError, NotFoundError } from "@/server/errors";
import { currentHashes } from "./load-part-content";
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

/**
 * Runs after every save, in the save's transaction: writes the audit row, records who edited
 * which part (the fact separation of duties is decided from), voids any approval the edit no longer
 * matches, and takes a ready submission back to approval when that happens.
 */
export async function recordPartEdit(
  tx: Tx,
  options: {
    actor: SessionActor;
    submissionId: string;
    part: Part;
    what: string;
    entityType: string;
    entityId: string;
    details?: Record<string, unknown>;
  },
) {
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

  const hash = (await currentHashes(tx, submissionId))[part];
  const voided = await tx.approval.findMany({
    where: { submissionId, part, voidedAt: null, NOT: { contentHash: hash } },
    select: { id: true, approverName: true },
  });
  if (voided.length === 0) return;
  await tx.approval.updateMany({
    where: { id: { in: voided.map((a) => a.id) } },
    data: { voidedAt: new Date(), voidReason: `Edited by ${actor.name} after approval (${what.replace(/[.-]/g, " ")})` },
  });
  await writeAudit(tx, {
    actor,
    action: "approval.voided",
    entityType: "Submission",
    entityId: submissionId,
    submissionId,
    part,
    comment: `Approval by ${voided[0]!.approverName} voided by an edit`,
  });

  const { stage } = await tx.submission.findUniqueOrThrow({ where: { id: submissionId }, select: { stage: true } });
  if (stage === "READY") await applyTransition(tx, { actor, submissionId, action: part === "FORCE" ? "reopen_force" : "reopen_pcc", part });
}
