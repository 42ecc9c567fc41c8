import type { z } from "zod";
import type { Unit } from "@/generated/prisma/enums";
import { figureRowSchema, figureValues, type FigureRowOutput } from "@/lib/schemas/figures";
import { kpiRowSchema, kpiValues, type KpiRowOutput } from "@/lib/schemas/kpis";
import { monthToInput, type MonthInput } from "@/lib/schemas/period";
import { numberToInput, parseOptionalNumber } from "@/lib/schemas/number";
import { COLUMNS, type ColumnId } from "./columns";
import { readMonthCell, readNumberText, readText, readYesNo, type Read } from "./cell-values";
import { diffFigure, diffKpi, type Change } from "./diff-values";
import { quote, type Problem } from "./problems";
import { isBlank, type Cell } from "./sheet";
import type { FigureTarget, KpiTarget } from "./targets";

// One data row against the figure or KPI its key names: the cells become the form's input
// (columns the file leaves out keep what is entered), the form's own zod schema parses it, and
// its issues come back as problems on the row's columns. What saving would change is the
// difference between what is stored and what the parsed row stores.

export type RowCells = { row: number; cell: (id: ColumnId) => Cell | undefined; has: (id: ColumnId) => boolean };

export type RowResult<T> = { changes: Change[]; problems: Problem[]; parsed: T | null };

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Reads the row's cells one field at a time, collecting what cannot be read. A cell showing an
 * error value, or a formula with no saved value, is reported once by the plan, not again here.
 */
function reader(cells: RowCells, problems: Problem[]) {
  const failed = new Set<string>();
  const take = <T>(id: ColumnId, field: string, read: Read<T>, fallback: T): T => {
    const cell = cells.cell(id);
    if (cell?.kind === "error" || cell?.noResult) {
      failed.add(field);
      return fallback;
    }
    if (read.ok) return read.value;
    problems.push({ row: cells.row, column: COLUMNS[id], message: read.message });
    failed.add(field);
    return fallback;
  };
  return { failed, take };
}

/** The schema's issues as problems on the columns they belong to (once per field). */
function issueProblems(
  error: z.ZodError,
  cells: RowCells,
  columnOf: Record<string, ColumnId | string>,
  failed: Set<string>,
  describe: (field: string, message: string) => string,
): Problem[] {
  const seen = new Set<string>(failed);
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (seen.has(field)) continue;
    seen.add(field);
    const id = columnOf[field];
    const column = id && id in COLUMNS ? COLUMNS[id as ColumnId] : (id ?? null);
    out.push({ row: cells.row, column, message: describe(field, issue.message) });
  }
  return out;
}

/** "'twelve' is not a number: enter a number, like 46" or "'101' is out of range: enter a percentage between 0 and 100". */
function valueMessage(raw: string, message: string, unit: Unit) {
  const parses = parseOptionalNumber(raw, unit).ok;
  return `${quote(raw)} ${parses ? "is out of range" : "is not a number"}: ${lowerFirst(message)}`;
}

const misplaced = (cells: RowCells, id: ColumnId, message: string): Problem[] =>
  cells.has(id) && !isBlank(cells.cell(id)) ? [{ row: cells.row, column: COLUMNS[id], message }] : [];

const FIGURE_COLUMNS: Record<string, string> = {
  latestValue: "latest",
  periodStart: "periodStart",
  periodEnd: "periodEnd",
  periodNote: "note",
  noDataReason: "reason",
  proxyUsed: "Proxy used (entered on the figure's page)",
  comparisonLabel: "Comparison (entered on the figure's page)",
  comparisonValue: "Comparison (entered on the figure's page)",
};

export function readFigureRow(cells: RowCells, target: FigureTarget): RowResult<FigureRowOutput> {
  const problems: Problem[] = [];
  const { failed, take } = reader(cells, problems);
  const now = target.values;
  const pick = <T>(id: ColumnId, field: string, read: (cell: Cell | undefined) => Read<T>, current: T) =>
    cells.has(id) ? take(id, field, read(cells.cell(id)), current) : current;
  const month = (id: ColumnId, field: string, current: string | null): MonthInput => pick(id, field, readMonthCell, monthToInput(current));
  const input = {
    figureId: target.id,
    version: target.version,
    unit: target.unit,
    latestValue: pick("latest", "latestValue", readNumberText, numberToInput(now.latestValue)),
    periodStart: month("periodStart", "periodStart", now.periodStart),
    periodEnd: month("periodEnd", "periodEnd", now.periodEnd),
    periodNote: pick("note", "periodNote", (c) => ({ ok: true, value: readText(c) }), now.periodNote ?? ""),
    comparisonLabel: now.comparisonLabel ?? "",
    comparisonValue: numberToInput(now.comparisonValue),
    noLocalData: pick("noLocalData", "noLocalData", readYesNo, now.noLocalData),
    noDataReason: pick("reason", "noDataReason", (c) => ({ ok: true, value: readText(c) }), now.noDataReason ?? ""),
    proxyUsed: now.proxyUsed ?? "",
  };
  problems.push(...misplaced(cells, "actual", "Actual is for KPIs. Put this indicator's value in Latest."));
  if (input.noLocalData && input.latestValue.trim() && !failed.has("latestValue"))
    problems.push({
      row: cells.row,
      column: COLUMNS.latest,
      message: "the row says there is no local data, so Latest must be empty. Clear it, or set No local data to No.",
    });
  const parsed = figureRowSchema.safeParse(input);
  if (!parsed.success)
    problems.push(
      ...issueProblems(parsed.error, cells, FIGURE_COLUMNS, failed, (field, message) =>
        field === "latestValue" ? valueMessage(input.latestValue, message, target.unit) : message,
      ),
    );
  if (problems.length || !parsed.success) return { changes: [], problems, parsed: null };
  return { changes: diffFigure(now, figureValues(parsed.data), target.unit), problems, parsed: parsed.data };
}

const KPI_COLUMNS: Record<string, string> = { actual: "actual", periodStart: "periodStart", periodEnd: "periodEnd", note: "note" };

export function readKpiRow(cells: RowCells, target: KpiTarget): RowResult<KpiRowOutput> {
  const problems: Problem[] = [];
  const { failed, take } = reader(cells, problems);
  const now = target.values;
  const pick = <T>(id: ColumnId, field: string, read: (cell: Cell | undefined) => Read<T>, current: T) =>
    cells.has(id) ? take(id, field, read(cells.cell(id)), current) : current;
  const input = {
    kpiResultId: target.id,
    version: target.version,
    unit: target.unit,
    actual: pick("actual", "actual", readNumberText, numberToInput(now.actual)),
    periodStart: pick("periodStart", "periodStart", readMonthCell, monthToInput(now.periodStart)),
    periodEnd: pick("periodEnd", "periodEnd", readMonthCell, monthToInput(now.periodEnd)),
    note: pick("note", "note", (c) => ({ ok: true, value: readText(c) }), now.note ?? ""),
  };
  problems.push(...misplaced(cells, "latest", "Latest is for indicators. Put this KPI's value in Actual."));
  const noData = readYesNo(cells.cell("noLocalData"));
  if (!noData.ok || noData.value)
    problems.push({
      row: cells.row,
      column: COLUMNS.noLocalData,
      message: "KPIs cannot be marked as having no local data. Leave it empty.",
    });
  const parsed = kpiRowSchema.safeParse(input);
  if (!parsed.success)
    problems.push(
      ...issueProblems(parsed.error, cells, KPI_COLUMNS, failed, (field, message) =>
        field === "actual" ? valueMessage(input.actual, message, target.unit) : message,
      ),
    );
  if (problems.length || !parsed.success) return { changes: [], problems, parsed: null };
  return { changes: diffKpi(now, kpiValues(parsed.data), target.unit), problems, parsed: parsed.data };
}
