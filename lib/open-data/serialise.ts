// Open-data downloads: one row per figure (or KPI) per published quarter. Change fields come
// from computeChange so the CSV/JSON can never disagree with the paper; values stay
// unformatted for reuse in other tools. Column names, types and descriptions are declared
// once (columns.ts) and drive the CSV header, the JSON keys, the data package and the /data page.
import { stringify } from "csv-stringify/sync";
import { computeChange, type FigureValues } from "@/lib/measures/compute-change";
import { ragStatus, type KpiResultValues } from "@/lib/kpis/rag";
import { formatStoredPeriod, periodText } from "@/lib/periods/months";
import { neutraliseFormula } from "./neutralise-formula";
import { FIGURE_COLUMNS, KPI_COLUMNS } from "./columns";
import { periodEndDate, periodStartDate } from "./period-dates";

export type ExportFigure = FigureValues & {
  measureName: string;
  name: string;
  source: string;
  /** The months the latest value covers (first-of-month dates) and a free-text note. */
  periodStart: Date | null;
  periodEnd: Date | null;
  periodNote: string | null;
  baselineStart: Date | null;
  baselineEnd: Date | null;
  noDataReason: string | null;
  proxyUsed: string | null;
};

/** Which quarter and edition, and whose, a row belongs to: what makes files from many quarters and forces combinable. */
export type RowContext = { force: string; quarter: string; edition: number };

export type OpenDataRow = {
  measure: string;
  indicator: string;
  unit: "count" | "percentage" | "rate";
  baseline_label: string;
  baseline_start: string | null;
  baseline_end: string | null;
  baseline_value: number | null;
  period_start: string | null;
  period_end: string | null;
  latest_period: string | null;
  latest_value: number | null;
  change: number | null;
  percent_change: number | null;
  better_or_worse: "better" | "worse" | "no change" | null;
  source: string;
  no_data_reason: string | null;
  proxy_used: string | null;
  comparison_label: string | null;
  comparison_value: number | null;
  change_measured_against: "baseline" | "comparison" | null;
};

export type FigureRow = RowContext & OpenDataRow;

const UNITS = { COUNT: "count", PERCENTAGE: "percentage", RATE: "rate" } as const;

// Half away from zero, so -11.25 and 11.25 round to the same size; `+ 0` turns -0 into 0.
const oneDecimal = (n: number) => (Math.sign(n) * Math.round(Math.abs(n) * 10)) / 10 + 0;

export function toRows(figures: ExportFigure[]): OpenDataRow[] {
  return figures.map((f) => {
    const c = computeChange(f);
    return {
      measure: f.measureName,
      indicator: f.name,
      unit: UNITS[f.unit],
      baseline_label: f.baselineLabel,
      baseline_start: periodStartDate(f.baselineStart),
      baseline_end: periodEndDate(f.baselineEnd),
      baseline_value: f.baselineValue,
      period_start: periodStartDate(f.periodStart),
      period_end: periodEndDate(f.periodEnd),
      latest_period: periodText(f.periodStart, f.periodEnd, f.periodNote),
      latest_value: f.noLocalData ? null : f.latestValue,
      change: c?.change ?? null,
      percent_change: c?.percentChange == null ? null : oneDecimal(c.percentChange),
      better_or_worse: c == null ? null : c.outcome === "same" ? "no change" : c.outcome,
      source: f.source,
      no_data_reason: f.noDataReason,
      proxy_used: f.proxyUsed,
      comparison_label: f.comparisonLabel ?? null,
      comparison_value: f.comparisonValue ?? null,
      change_measured_against: c?.against ?? null,
    };
  });
}

/** A quarter's figures as rows that say which force, quarter and edition they come from. */
export function figureRows(context: RowContext, figures: ExportFigure[]): FigureRow[] {
  return toRows(figures).map((row) => ({ ...context, ...row }));
}

export type ExportKpi = KpiResultValues;

export type KpiRow = RowContext & {
  kpi: string;
  unit: "count" | "percentage" | "rate";
  better_when: "lower" | "higher";
  target: number;
  green_threshold: number;
  amber_threshold: number;
  actual: number | null;
  period_start: string | null;
  period_end: string | null;
  period: string | null;
  status: "green" | "amber" | "red" | null;
};

export function kpiRows(context: RowContext, kpis: ExportKpi[]): KpiRow[] {
  return kpis.map((k) => ({
    ...context,
    kpi: k.name,
    unit: UNITS[k.unit],
    better_when: k.betterWhen === "LOWER_IS_BETTER" ? "lower" : "higher",
    target: k.target,
    green_threshold: k.greenThreshold,
    amber_threshold: k.amberThreshold,
    actual: k.actual,
    period_start: periodStartDate(k.periodStart),
    period_end: periodEndDate(k.periodEnd),
    period: formatStoredPeriod(k.periodStart, k.periodEnd),
    status: (ragStatus(k, k.actual)?.toLowerCase() ?? null) as KpiRow["status"],
  }));
}

function csv(rows: object[], columns: readonly { name: string }[]): string {
  return stringify(rows, {
    header: true,
    columns: columns.map((c) => ({ key: c.name, header: c.name })),
    record_delimiter: "\r\n",
    // csv-stringify only quotes the record delimiter itself (CRLF), so a lone LF or CR in a
    // note would otherwise go out unquoted and split the record in most readers.
    quoted_match: /[\r\n]/,
    // Text a spreadsheet would run as a formula is neutralised; numbers are cast separately
    // and stay numbers.
    cast: { string: neutraliseFormula },
  });
}

/** Figure rows as CSV (RFC 4180, CRLF, UTF-8 without BOM), every column of the data package's figures resource. */
export function figuresCsv(rows: FigureRow[]): string {
  return csv(rows, FIGURE_COLUMNS);
}

export function kpisCsv(rows: KpiRow[]): string {
  return csv(rows, KPI_COLUMNS);
}

export type QuarterMeta = {
  slug: string;
  force: string;
  quarter: string;
  title: string;
  financialYear: string;
  quarterOfYear: number;
  edition: number;
  publishedAt: string;
  lastUpdatedAt: string | null;
  boardName: string;
  meetingDate: string | null;
  agendaItem: string;
  url: string;
  licence: string;
};

/** A quarter's JSON: what it is (meta), its figures and its KPIs, rows as in the CSV files. */
export function toJson(meta: QuarterMeta, figures: FigureRow[], kpis: KpiRow[]): string {
  return JSON.stringify({ quarter: meta, figures, kpis }, null, 2);
}
