import type { Cell } from "./sheet";
import { columnLetter, quote, type Problem } from "./problems";
import { cellText } from "./cell-values";

// The template's columns. Key identifies the row; Measure, Name, Unit, Baseline and Source
// are there to read (Name is checked against the key, so a row pasted against the wrong key is
// caught); the others are imported. Indicators use Latest, KPIs use Actual.

export const COLUMNS = {
  key: "Key",
  measure: "Measure",
  name: "Name",
  unit: "Unit",
  baseline: "Baseline",
  latest: "Latest",
  actual: "Actual",
  periodStart: "Period start",
  periodEnd: "Period end",
  note: "Note",
  source: "Source",
  noLocalData: "No local data",
  reason: "Reason",
} as const;

export type ColumnId = keyof typeof COLUMNS;
export const TEMPLATE_COLUMNS = Object.keys(COLUMNS) as ColumnId[];

/** Other headings people write for the same column. */
const ALIASES: Record<string, ColumnId> = {
  "latest value": "latest",
  "kpi actual": "actual",
  "period note": "note",
  "no local data reason": "reason",
  "reason for no local data": "reason",
  "no data reason": "reason",
};

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[?:*]$/, "")
    .replace(/\s+/g, " ");

const BY_HEADING = new Map<string, ColumnId>([
  ...TEMPLATE_COLUMNS.map((id) => [normalise(COLUMNS[id]), id] as const),
  ...Object.entries(ALIASES),
]);

export type Header = { row: number; columns: Map<ColumnId, number>; problems: Problem[]; notices: Problem[] };

/** Reads the heading row: which column holds what; a repeated heading is a problem, an unknown one is ignored (and said so). */
export function readHeader(cells: Cell[], row: number): Header {
  const columns = new Map<ColumnId, number>();
  const problems: Problem[] = [];
  const notices: Problem[] = [];
  cells.forEach((cell, index) => {
    const heading = cellText(cell).trim();
    if (!heading) return;
    const id = BY_HEADING.get(normalise(heading));
    if (!id) {
      notices.push({
        row,
        column: `column ${columnLetter(index)}`,
        message: `the heading ${quote(heading)} is not one the import reads, so the column was ignored.`,
      });
      return;
    }
    const earlier = columns.get(id);
    if (earlier !== undefined) {
      problems.push({
        row,
        column: `column ${columnLetter(index)}`,
        message: `the heading "${COLUMNS[id]}" is also in column ${columnLetter(earlier)}. Keep one of them.`,
      });
      return;
    }
    columns.set(id, index);
  });
  return { row, columns, problems, notices };
}

/** The columns the import cannot do without, for the rows the file holds. */
export function requiredColumns(kinds: { figures: boolean; kpis: boolean }): ColumnId[] {
  return ["key", ...(kinds.figures ? (["latest"] as const) : []), ...(kinds.kpis ? (["actual"] as const) : []), "periodStart", "periodEnd"];
}
