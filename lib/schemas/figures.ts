import { z } from "zod";
import { Unit } from "@/generated/prisma/enums";
import { optionalText, parseOptionalNumber, valueProblem } from "./number";

// Values arrive as text and are parsed here, at row level, because text left in the value
// boxes must not block a row marked "no local data" (the boxes are hidden and discarded).
const figureRow = z
  .object({
    figureId: z.string().min(1),
    version: z.number().int(),
    unit: z.enum(Unit),
    latestValue: z.string(),
    latestPeriod: optionalText(80, "Period"),
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
      return { ...row, latestValue: null, comparisonValue: null };
    }
    const number = (path: "latestValue" | "comparisonValue") => {
      const parsed = parseOptionalNumber(row[path]);
      if (!parsed.ok) {
        issue(path, parsed.message);
        return null;
      }
      const problem = valueProblem(parsed.value, row.unit);
      if (problem) issue(path, problem);
      return parsed.value;
    };
    const latestValue = number("latestValue");
    const comparisonValue = number("comparisonValue");
    if (latestValue != null && !row.latestPeriod) issue("latestPeriod", "Enter the period the latest value covers, like Jan–Dec 2021");
    if (!row.latestValue.trim() && row.latestPeriod) issue("latestValue", "Enter the latest value, or clear the period");
    if (comparisonValue != null && !row.comparisonLabel) issue("comparisonLabel", "Say what the comparison is, like Jan–Dec 2020");
    if (!row.comparisonValue.trim() && row.comparisonLabel) issue("comparisonValue", "Enter the comparison value, or clear its label");
    return { ...row, latestValue, comparisonValue };
  });

export const figuresFormSchema = z.object({ submissionId: z.string().min(1), figures: z.array(figureRow).min(1) });
export type FiguresFormInput = z.input<typeof figuresFormSchema>;
export type FiguresFormOutput = z.output<typeof figuresFormSchema>;
