import "server-only";
import type { Tx } from "@/server/db";
import { canonicalContent, hashCanonical } from "@/lib/workflow/snapshot";
import type { ApprovedPart } from "@/lib/workflow/stages";
import type { SnapshotEvent } from "@/generated/prisma/client";
import { loadForceContent, loadPartContent } from "./load-part-content";

export type RecordSnapshotOptions = { submissionId: string; part: ApprovedPart; event: SnapshotEvent; auditEventId?: string };

/**
 * Keeps a part's content as it was at a submission, return or approval: the canonical JSON
 * its hash is computed from, and for the PCC statement the force part's hash it answered. The
 * "what changed" view diffs against these. Runs in the caller's transaction.
 */
export async function recordSnapshot(tx: Tx, { submissionId, part, event, auditEventId }: RecordSnapshotOptions) {
  const content = canonicalContent(await loadPartContent(tx, submissionId, part));
  const forceHash = part === "PCC" ? hashCanonical(canonicalContent(await loadForceContent(tx, submissionId))) : null;
  return tx.partSnapshot.create({
    data: { submissionId, part, event, contentHash: hashCanonical(content), content, forceHash, auditEventId },
    select: { id: true, contentHash: true, forceHash: true },
  });
}
