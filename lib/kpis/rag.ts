import type { Direction, Unit } from "@/generated/prisma/enums";

export type Rag = "GREEN" | "AMBER" | "RED";

export type KpiThresholds = { betterWhen: Direction; greenThreshold: number; amberThreshold: number };

/** A KPI's result in a quarter as every table of it (intranet, public, PDF, Word, open data) reads it. */
export type KpiResultValues = KpiThresholds & {
  name: string;
  unit: Unit;
  target: number;
  actual: number | null;
  periodStart: Date | null;
  periodEnd: Date | null;
};

/**
 * RAG from the KPI's thresholds: green when the actual is at least as good as the green
 * threshold, amber when at least as good as the amber one, otherwise red. "As good as"
 * follows the direction: for lower-is-better KPIs a smaller actual is better.
 */
export function ragStatus(kpi: KpiThresholds, actual: number | null | undefined): Rag | null {
  if (actual == null) return null;
  const atLeastAsGood = (threshold: number) => (kpi.betterWhen === "LOWER_IS_BETTER" ? actual <= threshold : actual >= threshold);
  if (atLeastAsGood(kpi.greenThreshold)) return "GREEN";
  if (atLeastAsGood(kpi.amberThreshold)) return "AMBER";
  return "RED";
}

/** Thresholds must be ordered with the direction, or amber could never be reached. */
export function thresholdsConsistent(kpi: KpiThresholds) {
  return kpi.betterWhen === "LOWER_IS_BETTER" ? kpi.greenThreshold <= kpi.amberThreshold : kpi.greenThreshold >= kpi.amberThreshold;
}

export const RAG_LABELS: Record<Rag, string> = { GREEN: "Green: on target", AMBER: "Amber: near target", RED: "Red: off target" };
