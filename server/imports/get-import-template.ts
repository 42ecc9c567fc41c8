import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { quarterLabel, quarterSlug } from "@/lib/quarters";
import { templateCsv, templateRows } from "@/lib/import/template";
import { templateXlsx } from "@/lib/import/template-xlsx";
import { NotFoundError } from "@/server/errors";
import { loadImportTargets } from "./load-import-targets";

export type GetImportTemplateOptions = { actor: SessionActor; submissionId: string; format: "csv" | "xlsx" };

export const TEMPLATE_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** The quarter's import template, filled in with what is entered now, as a file to download. */
export async function getImportTemplate({ actor, submissionId, format }: GetImportTemplateOptions) {
  assertCan(actor, "force:edit");
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    select: { edition: true, quarter: { select: { fyStart: true, quarter: true } } },
  });
  if (!submission) throw new NotFoundError("That submission");
  const rows = templateRows(await loadImportTargets(db, submissionId));
  const { fyStart, quarter } = submission.quarter;
  const edition = submission.edition > 1 ? `-edition-${submission.edition}` : "";
  const filename = `scorecard-${quarterSlug(fyStart, quarter)}${edition}-figures.${format}`;
  const body =
    format === "csv"
      ? new TextEncoder().encode(templateCsv(rows))
      : await templateXlsx(rows, `Scorecard ${quarterLabel(fyStart, quarter)}: figures and KPI actuals`);
  return { filename, contentType: TEMPLATE_TYPES[format], body };
}
