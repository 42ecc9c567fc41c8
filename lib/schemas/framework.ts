import { z } from "zod";
import { Direction, Unit } from "@/generated/prisma/enums";
import { parseOptionalNumber, valueProblem } from "./number";
import { EMPTY_MONTH, monthInput, readPeriod } from "./period";
import { monthToDate } from "@/lib/periods/months";

const unit = z.enum(Unit, { message: "Choose a unit" });
const direction = z.enum(Direction, { message: "Choose which direction is better" });

function requiredNumber(text: string, unitName: Unit, ctx: z.RefinementCtx, path: string) {
  const parsed = parseOptionalNumber(text);
  if (!parsed.ok || parsed.value == null) {
    ctx.addIssue({ code: "custom", path: [path], message: parsed.ok ? "Enter a number" : parsed.message });
    return 0;
  }
  const problem = valueProblem(parsed.value, unitName);
  if (problem) ctx.addIssue({ code: "custom", path: [path], message: problem });
  return parsed.value;
}

export const indicatorSchema = z
  .object({
    id: z.string().default(""),
    measureId: z.string().min(1),
    version: z.number().int(),
    name: z.string().trim().min(1, "Enter the indicator's name").max(200, "Name must be 200 characters or fewer"),
    unit,
    betterWhen: direction,
    baselineLabel: z
      .string()
      .trim()
      .min(1, "Enter the baseline label, like Year ending June 2019")
      .max(80, "Label must be 80 characters or fewer"),
    // Optional to send: an indicator without a baseline period stores none.
    baselineStart: monthInput.default(EMPTY_MONTH),
    baselineEnd: monthInput.default(EMPTY_MONTH),
    baselineValue: z.string(),
    source: z.string().trim().min(1, "Enter the source of the figures").max(200, "Source must be 200 characters or fewer"),
    active: z.boolean(),
  })
  .transform((row, ctx) => {
    const parsed = parseOptionalNumber(row.baselineValue, row.unit);
    if (!parsed.ok) ctx.addIssue({ code: "custom", path: ["baselineValue"], message: parsed.message });
    const problem = parsed.ok ? valueProblem(parsed.value, row.unit) : null;
    if (problem) ctx.addIssue({ code: "custom", path: ["baselineValue"], message: problem });
    const period = readPeriod(row.baselineStart, row.baselineEnd);
    for (const p of period.issues)
      ctx.addIssue({ code: "custom", path: [p.path === "periodStart" ? "baselineStart" : "baselineEnd"], message: p.message });
    return {
      ...row,
      baselineValue: parsed.ok ? parsed.value : null,
      baselineStart: period.periodStart ? monthToDate(period.periodStart) : null,
      baselineEnd: period.periodEnd ? monthToDate(period.periodEnd) : null,
    };
  });
export type IndicatorInput = z.input<typeof indicatorSchema>;

export const kpiSchema = z
  .object({
    id: z.string().default(""),
    version: z.number().int(),
    name: z.string().trim().min(1, "Enter the KPI's name").max(200, "Name must be 200 characters or fewer"),
    unit,
    betterWhen: direction,
    target: z.string(),
    greenThreshold: z.string(),
    amberThreshold: z.string(),
    active: z.boolean(),
  })
  .transform((row, ctx) => {
    const target = requiredNumber(row.target, row.unit, ctx, "target");
    const green = requiredNumber(row.greenThreshold, row.unit, ctx, "greenThreshold");
    const amber = requiredNumber(row.amberThreshold, row.unit, ctx, "amberThreshold");
    const ordered = row.betterWhen === "LOWER_IS_BETTER" ? green <= amber : green >= amber;
    if (!ordered)
      ctx.addIssue({
        code: "custom",
        path: ["amberThreshold"],
        message:
          row.betterWhen === "LOWER_IS_BETTER"
            ? "For lower-is-better KPIs the amber threshold must be at least the green one"
            : "For higher-is-better KPIs the amber threshold must be at most the green one",
      });
    return { ...row, target, greenThreshold: green, amberThreshold: amber };
  });
export type KpiInput = z.input<typeof kpiSchema>;

export const measureSchema = z.object({
  id: z.string().min(1),
  version: z.number().int(),
  name: z.string().trim().min(1, "Enter the measure's name").max(200, "Name must be 200 characters or fewer"),
});
export type MeasureInput = z.input<typeof measureSchema>;
