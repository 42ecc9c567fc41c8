// Open-data downloads for a published quarter. Change fields come from computeChange so the
// CSV/JSON can never disagree with the paper; values stay unformatted for reuse in other tools.
import { stringify } from "csv-stringify/sync";
import { computeChange, type FigureValues } from "@/lib/measures/compute-change";
import { neutraliseFormula } from "./neutralise-formula";

export type ExportFigure = FigureValues & {
  measureName: string;
  name: string;
  source: string;
  latestPeriod: string | null;
  noDataReason: string | null;
  proxyUsed: string | null;
};

export type OpenDataRow = {
  measure: string;
  indicator: string;
  unit: "count" | "percentage" | "rate";
  baselineLabel: string;
  baselineValue: number | null;
  latestPeriod: string | null;
  latestValue: number | null;
  change: number | null;
  percentChange: number | null;
  betterOrWorse: "better" | "worse" | "no change" | null;
  source: string;
  noDataReason: string | null;
  proxyUsed: string | null;
  comparisonLabel: string | null;
  comparisonValue: number | null;
  changeMeasuredAgainst: "baseline" | "comparison" | null;
};

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
      baselineLabel: f.baselineLabel,
      baselineValue: f.baselineValue,
      latestPeriod: f.latestPeriod,
      latestValue: f.noLocalData ? null : f.latestValue,
      change: c?.change ?? null,
      percentChange: c?.percentChange == null ? null : oneDecimal(c.percentChange),
      betterOrWorse: c == null ? null : c.outcome === "same" ? "no change" : c.outcome,
      source: f.source,
      noDataReason: f.noDataReason,
      proxyUsed: f.proxyUsed,
      comparisonLabel: f.comparisonLabel ?? null,
      comparisonValue: f.comparisonValue ?? null,
      changeMeasuredAgainst: c?.against ?? null,
    };
  });
}

export const CSV_COLUMNS: { key: keyof OpenDataRow; header: string }[] = [
  { key: "measure", header: "Measure" },
  { key: "indicator", header: "Indicator" },
  { key: "unit", header: "Unit" },
  { key: "baselineLabel", header: "Baseline label" },
  { key: "baselineValue", header: "Baseline value" },
  { key: "latestPeriod", header: "Latest period" },
  { key: "latestValue", header: "Latest value" },
  { key: "change", header: "Change" },
  { key: "percentChange", header: "% change" },
  { key: "betterOrWorse", header: "Better or worse" },
  { key: "source", header: "Source" },
  { key: "noDataReason", header: "No-data reason" },
  { key: "proxyUsed", header: "Proxy used" },
  { key: "comparisonLabel", header: "Comparison label" },
  { key: "comparisonValue", header: "Comparison value" },
  { key: "changeMeasuredAgainst", header: "Change measured against" },
];

export function toCsv(rows: OpenDataRow[]): string {
  return stringify(rows, {
    header: true,
    columns: CSV_COLUMNS,
    record_delimiter: "\r\n",
    // csv-stringify only quotes the record delimiter itself (CRLF), so a lone LF or CR in a
    // note would otherwise go out unquoted and split the record in most readers.
    quoted_match: /[\r\n]/,
    // Text a spreadsheet would run as a formula is neutralised; numbers are cast separately
    // and stay numbers.
    cast: { string: neutraliseFormula },
  });
}

export type QuarterMeta = {
  slug: string;
  title: string;
  financialYear: string;
  quarter: number;
  edition: number;
  publishedAt: string;
  lastUpdatedAt: string | null;
  boardName: string;
  meetingDate: string | null;
  agendaItem: string;
  url: string;
};

export function toJson(meta: QuarterMeta, rows: OpenDataRow[]): string {
  return JSON.stringify({ quarter: meta, figures: rows }, null, 2);
}
