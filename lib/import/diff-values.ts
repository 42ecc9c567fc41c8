import type { Unit } from "@/generated/prisma/enums";
import type { FigureValues } from "@/lib/schemas/figures";
import type { KpiValues } from "@/lib/schemas/kpis";
import { monthLabel } from "./cell-values";

// What saving a row will change, field by field, old → new, in the words of the template's
// columns. Values are compared as they would be stored, so the preview shows exactly what the
// save writes (and nothing for a row that matches what is entered).

export type Change = { column: string; from: string; to: string };

// Every digit a person typed, unlike the paper's two decimals: a change in the third decimal is a change.
const exact = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 10 });

type Show = (value: never, unit: Unit) => string;
const number: Show = (value: number | null, unit: Unit) =>
  value == null ? "" : unit === "PERCENTAGE" ? `${exact.format(value)}%` : exact.format(value);
const month: Show = (value: string | null) => monthLabel(value);
const text: Show = (value: string | null) => value ?? "";
const yesNo: Show = (value: boolean) => (value ? "Yes" : "No");

const FIGURE_FIELDS: [keyof FigureValues, string, Show][] = [
  ["latestValue", "Latest", number],
  ["periodStart", "Period start", month],
  ["periodEnd", "Period end", month],
  ["periodNote", "Note", text],
  ["noLocalData", "No local data", yesNo],
  ["noDataReason", "Reason", text],
  ["proxyUsed", "Proxy used", text],
  ["comparisonValue", "Comparison value", number],
  ["comparisonLabel", "Comparison period", text],
];

const KPI_FIELDS: [keyof KpiValues, string, Show][] = [
  ["actual", "Actual", number],
  ["periodStart", "Period start", month],
  ["periodEnd", "Period end", month],
  ["note", "Note", text],
];

function diff<T extends object>(fields: [keyof T, string, Show][], before: T, after: T, unit: Unit): Change[] {
  return fields
    .filter(([field]) => before[field] !== after[field])
    .map(([field, column, show]) => ({
      column,
      from: show(before[field] as never, unit),
      to: show(after[field] as never, unit),
    }));
}

export const diffFigure = (before: FigureValues, after: FigureValues, unit: Unit) => diff(FIGURE_FIELDS, before, after, unit);
export const diffKpi = (before: KpiValues, after: KpiValues, unit: Unit) => diff(KPI_FIELDS, before, after, unit);

/** A changed value as the preview shows it: "(blank)" rather than nothing. */
export const shown = (value: string) => value || "(blank)";
