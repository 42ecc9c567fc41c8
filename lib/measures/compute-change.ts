// Change against the baseline (or, where no baseline is held, against the comparison the
// analyst entered), and how the paper words it: 46 against 52 is "a 12% reduction".

import type { Direction, Unit } from "@/generated/prisma/enums";

export type FigureValues = {
  unit: Unit;
  betterWhen: Direction;
  baselineLabel: string;
  baselineValue: number | null;
  latestValue: number | null;
  comparisonLabel?: string | null;
  comparisonValue?: number | null;
  noLocalData?: boolean;
};

export type Outcome = "better" | "worse" | "same";

export type Change = {
  against: "baseline" | "comparison";
  referenceLabel: string;
  referenceValue: number;
  latestValue: number;
  /** latest − reference, in the indicator's unit (percentage points for percentages). */
  change: number;
  /** Relative change in per cent, unrounded; null when the reference is zero. */
  percentChange: number | null;
  /** |percentChange| rounded to a whole number, as the paper writes it. */
  roundedPercent: number | null;
  outcome: Outcome;
};

// Floating-point noise (e.g. 12.499999999) must not decide a rounding.
const clean = (n: number) => Math.round(n * 1e9) / 1e9;

export function computeChange(figure: FigureValues): Change | null {
  if (figure.noLocalData || figure.latestValue == null) return null;
  const useBaseline = figure.baselineValue != null;
  const referenceValue = useBaseline ? figure.baselineValue : (figure.comparisonValue ?? null);
  if (referenceValue == null) return null;
  const change = clean(figure.latestValue - referenceValue);
  const percentChange = referenceValue === 0 ? null : clean((change / referenceValue) * 100);
  const improving = figure.betterWhen === "LOWER_IS_BETTER" ? change < 0 : change > 0;
  return {
    against: useBaseline ? "baseline" : "comparison",
    referenceLabel: (useBaseline ? figure.baselineLabel : figure.comparisonLabel) || (useBaseline ? "Baseline" : "Comparison"),
    referenceValue,
    latestValue: figure.latestValue,
    change,
    percentChange,
    roundedPercent: percentChange == null ? null : Math.round(Math.abs(percentChange)),
    outcome: change === 0 ? "same" : improving ? "better" : "worse",
  };
}

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** A figure as the paper prints it: thousands separators, and % for percentages. */
export function formatValue(value: number | null | undefined, unit: Unit) {
  if (value == null) return "–";
  return unit === "PERCENTAGE" ? `${numberFormat.format(value)}%` : numberFormat.format(value);
}

/** "+1,000", "−70", or "+3 percentage points". */
export function formatChange(change: Change, unit: Unit) {
  const sign = change.change > 0 ? "+" : change.change < 0 ? "−" : "";
  const size = numberFormat.format(Math.abs(change.change));
  return unit === "PERCENTAGE" ? `${sign}${size} percentage point${Math.abs(change.change) === 1 ? "" : "s"}` : `${sign}${size}`;
}

/** "12% reduction", "13% increase", "no change"; null when no percentage can be given. */
export function describePercentChange(change: Change) {
  if (change.change === 0) return "no change";
  if (change.roundedPercent == null) return null;
  return `${change.roundedPercent}% ${change.change < 0 ? "reduction" : "increase"}`;
}

export const OUTCOME_LABELS: Record<Outcome, string> = { better: "Better", worse: "Worse", same: "No change" };
