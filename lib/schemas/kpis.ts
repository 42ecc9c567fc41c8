import { z } from "zod";
import { Unit } from "@/generated/prisma/enums";
import { optionalText, parseValue } from "./number";
import { monthInput, readPeriod } from "./period";

export const kpiRowSchema = z
  .object({
    kpiResultId: z.string().min(1),
    version: z.number().int(),
    unit: z.enum(Unit),
    actual: z.string(),
    periodStart: monthInput,
    periodEnd: monthInput,
    note: optionalText(500, "Note"),
  })
  .transform((row, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const parsed = parseValue(row.actual, row.unit);
    if (!parsed.ok) issue("actual", parsed.message);
    const actual = parsed.ok ? parsed.value : null;
    const period = readPeriod(row.periodStart, row.periodEnd);
    for (const p of period.issues) issue(p.path, p.message);
    if (actual != null && !period.given) issue("periodStart", "Enter the months the actual covers: the month and year it starts and ends");
    return { ...row, actual, periodStart: period.periodStart, periodEnd: period.periodEnd };
  });

export const kpiFormSchema = z.object({ submissionId: z.string().min(1), rows: z.array(kpiRowSchema) });
export type KpiFormInput = z.input<typeof kpiFormSchema>;
export type KpiFormOutput = z.output<typeof kpiFormSchema>;
export type KpiRowInput = z.input<typeof kpiRowSchema>;
export type KpiRowOutput = z.output<typeof kpiRowSchema>;

/** What a parsed row stores (shared by the form's save and the spreadsheet import). */
export function kpiValues(row: KpiRowOutput) {
  return { actual: row.actual, periodStart: row.periodStart, periodEnd: row.periodEnd, note: row.note || null };
}
export type KpiValues = ReturnType<typeof kpiValues>;
