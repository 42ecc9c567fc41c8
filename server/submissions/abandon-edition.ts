import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { isEditable } from "@/lib/workflow/stages";
import { writeAudit } from "@/server/audit/write-audit";
import { DomainError, NotFoundError } from "@/server/errors";

export type AbandonEditionOptions = { actor: SessionActor; submissionId: string };

/**
 * Abandons an open correction: the unpublished edition is deleted and the published edition
 * it would have replaced stays as it is. The first edition of a quarter cannot be abandoned
 * (there is nothing published behind it); the audit log keeps the record.
 */
export async function abandonEdition({ actor, submissionId }: AbandonEditionOptions) {
  assertCan(actor, "edition:create");
  return db.$transaction(async (tx) => {
    // Take the row lock first (a guarded write), so an abandon cannot cross a publish.
    const locked = await tx.submission.updateMany({ where: { id: submissionId }, data: { updatedAt: new Date() } });
    if (locked.count !== 1) throw new NotFoundError("That submission");
    const edition = await tx.submission.findUniqueOrThrow({
      where: { id: submissionId },
      select: { edition: true, stage: true, quarterId: true },
    });
    if (edition.edition === 1) throw new DomainError("Only a correction (an edition after the first) can be abandoned.");
    if (!isEditable(edition.stage)) throw new DomainError("This edition has been published and can no longer be abandoned.");
    await tx.submission.delete({ where: { id: submissionId } });
    await writeAudit(tx, {
      actor,
      action: "edition.abandon",
      entityType: "Quarter",
      entityId: edition.quarterId,
      fromStatus: edition.stage,
      details: { edition: edition.edition, submissionId },
    });
    return { quarterId: edition.quarterId, edition: edition.edition };
  });
}
