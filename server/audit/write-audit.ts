import "server-only";
import type { Tx } from "@/server/db";
import type { Part } from "@/generated/prisma/client";

export type AuditEntry = {
  actor: { id: string; email?: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  submissionId?: string;
  part?: Part;
  fromStatus?: string;
  toStatus?: string;
  comment?: string;
  details?: Record<string, unknown>;
};

/** Writes one audit row and returns its id. Takes the transaction so the row commits or rolls back with the change. */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<string> {
  const row = await tx.auditEvent.create({
    data: {
      actorId: entry.actor?.id,
      actorEmail: entry.actor?.email,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      submissionId: entry.submissionId,
      part: entry.part,
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
      comment: entry.comment,
      details: entry.details ? JSON.stringify(entry.details) : undefined,
    },
    select: { id: true },
  });
  return row.id;
}
