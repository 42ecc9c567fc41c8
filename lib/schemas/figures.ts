import { z } from "zod";
import { Unit } from "@/generated/prisma/enums";
import { optionalText, parseValue } from "./number";
import { monthInput, readPeriod } from "./period";
import type { Month } from "@/lib/periods/months";

// Values arrive as text and are parsed here, at row level, because text left in the value
// boxes must not block a row marked "no local data" (the boxes are hidden and discarded). A
// period without a value is kept: periods are carried forward from last quarter before the
// value is known, and the checklist, not the form, says the figure is still incomplete.
export const figureRowSchema = z
  .object({
    figureId: z.string().min(1),
    version: z.number().int(),
    unit: z.enum(Unit),
    latestValue: z.string(),
    periodStart: monthInput,
    periodEnd: monthInput,
    periodNote: optionalText(200, "Note"),
    comparisonLabel: optionalText(80, "Comparison label"),
    comparisonValue: z.string(),
    noLocalData: z.boolean(),
    noDataReason: optionalText(1000, "Reason"),
    proxyUsed: optionalText(500, "Proxy"),
  })
  .transform((row, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (row.noLocalData) {
      if (!row.noDataReason) issue("noDataReason", "Say why there is no local data");
      return { ...row, latestValue: null, comparisonValue: null, periodStart: null, periodEnd: null };
    }
    const number = (path: "latestValue" | "comparisonValue") => {
      const parsed = parseValue(row[path], row.unit);
      if (parsed.ok) return parsed.value;
      issue(path, parsed.message);
      return null;
    };
    const latestValue = number("latestValue");
    const comparisonValue = number("comparisonValue");
    const period = readPeriod(row.periodStart, row.periodEnd);
    for (const p of period.issues) issue(p.path, p.message);
    if (latestValue != null && !period.given)
      issue("periodStart", "Enter the months the latest value covers: the month and year it starts and ends");
    if (comparisonValue != null && !row.comparisonLabel) issue("comparisonLabel", "Say what the comparison is, like Jan–Dec 2020");
    if (!row.comparisonValue.trim() && row.comparisonLabel) issue("comparisonValue", "Enter the comparison value, or clear its label");
    return { ...row, latestValue, comparisonValue, periodStart: period.periodStart, periodEnd: period.periodEnd };
  });

export const figuresFormSchema = z.object({ submissionId: z.string().min(1), figures: z.array(figureRowSchema).min(1) });
export type FiguresFormInput = z.input<typeof figuresFormSchema>;
export type FiguresFormOutput = z.output<typeof figuresFormSchema>;
export type FigureRowInput = z.input<typeof figureRowSchema>;
export type FigureRowOutput = z.output<typeof figureRowSchema>;

/**
 * What a parsed row stores: "no local data" clears the value, its period and comparison, and
 * keeps the reason; a value clears the reason. The one definition of what a save writes, so
 * the spreadsheet import's preview shows exactly what saving will do.
 */
export function figureValues(row: FigureRowOutput) {
  return row.noLocalData
    ? {
        noLocalData: true,
        noDataReason: row.noDataReason as string | null,
        proxyUsed: row.proxyUsed || null,
        latestValue: null as number | null,
        periodStart: null as Month | null,
        periodEnd: null as Month | null,
        periodNote: null as string | null,
        comparisonLabel: null as string | null,
        comparisonValue: null as number | null,
      }
    : {
        noLocalData: false,
        noDataReason: null,
        proxyUsed: null,
        latestValue: row.latestValue,
        periodStart: row.periodStart,
        periodEnd: row.periodEnd,
        periodNote: row.periodNote || null,
        comparisonLabel: row.comparisonLabel || null,
        comparisonValue: row.comparisonValue,
      };
}
export type FigureValues = ReturnType<typeof figureValues>;
