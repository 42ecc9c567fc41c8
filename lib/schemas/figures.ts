import { z } from "zod";
import { Unit } from "@/generated/prisma/enums";
import { optionalText, parseValue } from "./number";
import { monthInput, readPeriod } from "./period";

// Values arrive as text and are parsed here, at row level, because text left in the value
// boxes must not block a row marked "no local data" (the boxes are hidden and discarded). A
// period without a value is kept: periods are carried forward from last quarter before the
// value is known, and the checklist, not the form, says the figure is still incomplete.
const figureRow = z
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

export const figuresFormSchema = z.object({ submissionId: z.string().min(1), figures: z.array(figureRow).min(1) });
export type FiguresFormInput = z.input<typeof figuresFormSchema>;
export type FiguresFormOutput = z.output<typeof figuresFormSchema>;
