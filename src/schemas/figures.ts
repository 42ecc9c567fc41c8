import { z } from "zod";
import { optionalNumber, optionalText, valueProblem } from "./number";

const figureRow = z
  .object({
    figureId: z.string().min(1),
    version: z.number().int(),
    unit: z.enum(["COUNT", "PERCENTAGE", "RATE"]),
    latestValue: optionalNumber,
    latestPeriod: optionalText(80, "Period"),
    comparisonLabel: optionalText(80, "Comparison label"),
    comparisonValue: optionalNumber,
    noLocalData: z.boolean(),
    noDataReason: optionalText(1000, "Reason"),
    proxyUsed: optionalText(500, "Proxy"),
  })
  .superRefine((row, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (row.noLocalData) {
      if (!row.noDataReason) issue("noDataReason", "Say why there is no local data");
      return;
    }
    const latest = valueProblem(row.latestValue, row.unit);
    if (latest) issue("latestValue", latest);
    if (row.latestValue != null && !row.latestPeriod) issue("latestPeriod", "Enter the period the latest value covers, like Jan–Dec 2021");
    if (row.latestValue == null && row.latestPeriod) issue("latestValue", "Enter the latest value, or clear the period");
    const comparison = valueProblem(row.comparisonValue, row.unit);
    if (comparison) issue("comparisonValue", comparison);
    if (row.comparisonValue != null && !row.comparisonLabel) issue("comparisonLabel", "Say what the comparison is, like Jan–Dec 2020");
    if (row.comparisonValue == null && row.comparisonLabel) issue("comparisonValue", "Enter the comparison value, or clear its label");
  });

export const figuresFormSchema = z.object({ submissionId: z.string().min(1), figures: z.array(figureRow).min(1) });
export type FiguresFormInput = z.input<typeof figuresFormSchema>;
export type FiguresFormOutput = z.output<typeof figuresFormSchema>;
