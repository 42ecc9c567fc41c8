import "server-only";
import { db } from "@/server/db";
import type { SessionActor } from "@/lib/permissions";
import { applyTransition } from "./apply-transition";
import { paperHash } from "./load-part-content";
import { CHANGED_SINCE_OPENED } from "./approve-part";
import { DomainError } from "@/server/errors";
import { recordPublicChange } from "@/server/public-site/record-public-change";

export type PublishSubmissionOptions = {
  actor: SessionActor;
  submissionId: string;
  lateReason?: string;
  changeNote?: string;
  minorChange?: boolean;
  now?: Date;
  /** The hash of the paper the secretariat was shown (see paperHash); refused if it has moved on. */
  expectedHash?: string;
};

/**
 * Publishes a ready submission. The transition guard recomputes both parts' hashes inside
 * this transaction, so what is published is exactly what was approved. A correction
 * supersedes the edition it replaces in the same transaction, which also records the change
 * for the public site to regenerate the quarter's pages (server/public-site/).
 */
export async function publishSubmission({
  actor,
  submissionId,
  lateReason,
  changeNote,
  minorChange,
  now = new Date(),
  expectedHash,
}: PublishSubmissionOptions) {
  return db.$transaction(async (tx) => {
    const input = { lateReason, changeNote, minorChange };
    const result = await applyTransition(tx, {
      actor,
      submissionId,
      action: "publish",
      input,
      now,
      data: {
        publishedAt: now,
        lateReason: lateReason?.trim() || null,
        changeNote: changeNote?.trim() || null,
        minorChange: !!minorChange,
      },
    });
    // After the transition's own checks (so a refused caller learns nothing); a mismatch rolls
    // the whole transaction back.
    if (expectedHash !== undefined && expectedHash !== (await paperHash(tx, submissionId)))
      throw new DomainError(`The paper ${CHANGED_SINCE_OPENED}`);
    const { quarterId, edition, quarter } = await tx.submission.findUniqueOrThrow({
      where: { id: submissionId },
      select: { quarterId: true, edition: true, quarter: { select: { slug: true } } },
    });
    const previous = await tx.submission.findMany({
      where: { quarterId, stage: "PUBLISHED", edition: { lt: edition } },
      select: { id: true },
    });
    for (const p of previous) await applyTransition(tx, { actor, submissionId: p.id, action: "supersede" });
    await recordPublicChange(tx, quarter.slug);
    return { ...result, slug: quarter.slug, edition };
  });
}
