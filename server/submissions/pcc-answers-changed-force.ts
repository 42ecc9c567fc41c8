import "server-only";
import type { Db, Tx } from "@/server/db";
import type { WorkflowState } from "@/lib/workflow/transitions";

type Client = Tx | Db;

/**
 * Whether the force part has changed since the PCC statement was last submitted or approved
 * against it: the PCC's office is told, with a link to what changed in the force part. Null
 * when the statement was written against the force part as it stands (or is still a draft).
 */
export async function pccAnswersChangedForce(client: Client, submissionId: string, state: WorkflowState, forceHash: string) {
  if (state.PCC !== "SUBMITTED" && state.PCC !== "APPROVED") return null;
  const last = await client.partSnapshot.findFirst({
    where: { submissionId, part: "PCC", event: { in: ["SUBMITTED", "APPROVED"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { forceHash: true, event: true, createdAt: true },
  });
  if (!last?.forceHash || last.forceHash === forceHash) return null;
  const answered = await client.partSnapshot.findFirst({
    where: { submissionId, part: "FORCE", contentHash: last.forceHash },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return { event: last.event, at: last.createdAt, forceSnapshotId: answered?.id ?? null };
}
