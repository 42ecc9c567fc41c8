import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "@/lib/open-data/neutralise-formula";
import { COLUMNS, TEMPLATE_COLUMNS, type ColumnId } from "./columns";
import { monthLabel } from "./cell-values";
import { UNIT_NAMES } from "./reference-columns";
import { KPI_MEASURE_LABEL, type ImportTarget } from "./targets";

// The template: one row per indicator and KPI of the quarter, in the task list's order, filled
// in with what is entered now, so a person can change a few cells and import it straight back.

export type TemplateValue = string | number | null;
/** Months stay "YYYY-MM" here; each format writes them its own way. */
export type TemplateRow = { kind: ImportTarget["kind"]; values: Record<ColumnId, TemplateValue> };

export const MONTH_COLUMNS: ColumnId[] = ["periodStart", "periodEnd"];

export function templateRows(targets: ImportTarget[]): TemplateRow[] {
  return targets.map((t) => {
    const common = { key: t.key, name: t.name, unit: UNIT_NAMES[t.unit], periodStart: t.values.periodStart, periodEnd: t.values.periodEnd };
    if (t.kind === "kpi")
      return {
        kind: t.kind,
        values: {
          ...common,
          measure: KPI_MEASURE_LABEL,
          baseline: null,
          latest: null,
          actual: t.values.actual,
          note: t.values.note,
          source: null,
          noLocalData: null,
          reason: null,
        },
      };
    return {
      kind: t.kind,
      values: {
        ...common,
        measure: t.measureName,
        baseline: t.baselineValue,
        latest: t.values.latestValue,
        actual: null,
        note: t.values.periodNote,
        source: t.source,
        noLocalData: t.values.noLocalData ? "Yes" : "No",
        reason: t.values.noDataReason,
      },
    };
  });
}

/**
 * The template as CSV: UTF-8 with a byte order mark, so Excel reads its dashes and £ signs;
 * months as "Jan 2021"; text a spreadsheet would run as a formula neutralised with a quote
 * (the import takes it off again).
 */
export function templateCsv(rows: TemplateRow[]): string {
  return stringify(
    rows.map((r) => TEMPLATE_COLUMNS.map((id) => (MONTH_COLUMNS.includes(id) ? monthLabel(r.values[id] as string | null) : r.values[id]))),
    {
      bom: true,
      header: true,
      columns: TEMPLATE_COLUMNS.map((id) => COLUMNS[id]),
      record_delimiter: "\r\n",
      quoted_match: /[\r\n]/,
      cast: { string: neutraliseFormula },
    },
  );
}
