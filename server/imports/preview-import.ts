import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { isEditable } from "@/lib/workflow/stages";
import { planImport, type Preview } from "@/lib/import/plan-import";
import { readSpreadsheet, type UploadedFile } from "@/lib/import/read-spreadsheet";
import { DomainError, NotFoundError } from "@/server/errors";
import { loadImportTargets } from "./load-import-targets";

export type PreviewImportOptions = { actor: SessionActor; submissionId: string; file: UploadedFile };

export type CheckedFile = { name: string; size: number; sha256: string };

export const fileDigest = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Only while the edition is open, as for every edit. */
export async function assertImportable(submissionId: string) {
  const submission = await db.submission.findUnique({ where: { id: submissionId }, select: { stage: true } });
  if (!submission) throw new NotFoundError("That submission");
  if (!isEditable(submission.stage))
    throw new DomainError("This edition is closed to edits. To correct a published quarter, start a new edition.");
}

/**
 * Reads an uploaded spreadsheet and works out what importing it would change, saving nothing.
 * The versions in the preview go back with the confirmation, so the save can refuse rows that
 * someone changed in between.
 */
export async function previewImport({ actor, submissionId, file }: PreviewImportOptions): Promise<{ file: CheckedFile; preview: Preview }> {
  assertCan(actor, "force:edit");
  await assertImportable(submissionId);
  const read = await readSpreadsheet(file);
  if (!read.ok) throw new DomainError(read.message);
  const { preview } = planImport(read.sheet, await loadImportTargets(db, submissionId));
  return { file: { name: file.name, size: file.bytes.length, sha256: fileDigest(file.bytes) }, preview };
}
