import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { planImport } from "@/lib/import/plan-import";
import { problemText } from "@/lib/import/problems";
import { readSpreadsheet, type UploadedFile } from "@/lib/import/read-spreadsheet";
import { DomainError, StaleError } from "@/server/errors";
import { writeFigures } from "@/server/figures/write-figures";
import { writeKpiResults } from "@/server/kpis/write-kpi-results";
import { assertSubmissionEditable, recordPartEdit } from "@/server/submissions/record-part-edit";
import { loadImportTargets } from "./load-import-targets";
import { fileDigest } from "./preview-import";

export type ImportSpreadsheetOptions = {
  actor: SessionActor;
  submissionId: string;
  file: UploadedFile;
  /** What the preview was worked out from: the file's SHA-256 and each row's version then. */
  expected: { sha256: string; versions: Record<string, number> };
};

/** Rows changed by someone else since the preview: the import is refused, naming them. */
export class StaleImportError extends StaleError {
  constructor(readonly rows: string[]) {
    super();
    this.message = `Since you checked the file, someone else changed ${rows.join(", ")}. Nothing was imported: check the file again to see what it would change now.`;
    this.name = "StaleImportError";
  }
}

/**
 * Imports a checked spreadsheet. The file is read again here, never taken from the browser's
 * copy of the preview, and must be the one checked (same SHA-256). In one transaction, after
 * the submission's row lock: every row in the file must still be at the version the preview
 * showed, the file must have no problems, and then every changed figure and KPI is written the
 * way the forms write them, with one audit entry listing the changes and the same voiding of
 * approvals as a form edit. Anything wrong and nothing is saved.
 */
export async function importSpreadsheet({ actor, submissionId, file, expected }: ImportSpreadsheetOptions) {
  assertCan(actor, "force:edit");
  if (fileDigest(file.bytes) !== expected.sha256)
    throw new DomainError("This is not the file that was checked (it has changed since). Nothing was imported: check the file again.");
  const read = await readSpreadsheet(file);
  if (!read.ok) throw new DomainError(read.message);

  return db.$transaction(async (tx) => {
    await assertSubmissionEditable(tx, submissionId);
    const plan = planImport(read.sheet, await loadImportTargets(tx, submissionId));
    const { preview } = plan;
    const stale = preview.rows
      .filter((r) => r.key && preview.versions[r.key] !== undefined && preview.versions[r.key] !== expected.versions[r.key])
      .map((r) => `${r.name} (row ${r.row})`);
    if (stale.length) throw new StaleImportError(stale);
    if (preview.problems.length)
      throw new DomainError(
        `The file has problems to fix first. Nothing was imported. ${preview.problems.slice(0, 3).map(problemText).join(" ")}`,
      );
    if (preview.changeCount === 0) throw new DomainError("Nothing to import: every row in the file matches what is entered.");

    await writeFigures(tx, submissionId, plan.figures);
    await writeKpiResults(tx, submissionId, plan.kpis);
    const changes = preview.rows.flatMap((r) => r.changes.map((c) => ({ row: r.row, key: r.key, name: r.name, ...c })));
    await recordPartEdit(tx, {
      actor,
      submissionId,
      part: "FORCE",
      what: "spreadsheet-import",
      entityType: "Submission",
      entityId: submissionId,
      details: { file: file.name, changes },
    });
    return { changeCount: preview.changeCount, rowCount: preview.rows.filter((r) => r.changes.length).length };
  });
}
