import { z } from "zod";
import { Unit } from "@/generated/prisma/enums";
import { optionalNumber, optionalText, valueProblem } from "./number";

const kpiRow = z
  .object({
    kpiResultId: z.string().min(1),
    version: z.number().int(),
    unit: z.enum(Unit),
    actual: optionalNumber,
    periodLabel: optionalText(80, "Period"),
    note: optionalText(500, "Note"),
  })
  .superRefine((row, ctx) => {
    const problem = valueProblem(row.actual, row.unit);
    if (problem) ctx.addIssue({ code: "custom", path: ["actual"], message: problem });
    if (row.actual != null && !row.periodLabel)
      ctx.addIssue({ code: "custom", path: ["periodLabel"], message: "Enter the period the actual covers" });
  });

export const kpiFormSchema = z.object({ submissionId: z.string().min(1), rows: z.array(kpiRow) });
export type KpiFormInput = z.input<typeof kpiFormSchema>;
