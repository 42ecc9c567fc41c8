// A spreadsheet's first sheet as the import reads it, whatever the file: rows of cells, each
// with the value the spreadsheet shows (the computed value of a formula, with the formula kept
// so it can be reported), and the merged ranges.

export type CellValue =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  /** `percent`: formatted as a percentage in Excel, so 0.865 shows (and is read) as 86.5. */
  | { kind: "number"; value: number; percent?: boolean }
  | { kind: "date"; value: Date }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; text: string };

export type Cell = CellValue & {
  /** The formula behind the value, as written in the cell ("SUM(B2:B4)"). */
  formula?: string;
  /** A formula whose value was never computed (the file was not saved by a spreadsheet program). */
  noResult?: boolean;
};

/** A merged range by its 1-based rows and 0-based columns, with its name ("C7:D7"). */
export type Merge = { range: string; top: number; bottom: number; left: number; right: number };

export type Sheet = {
  /** rows[0] is the spreadsheet's row 1. */
  rows: Cell[][];
  merges: Merge[];
  /** Said about the file as a whole (other sheets ignored, say). */
  notices: string[];
};

export const EMPTY: Cell = { kind: "empty" };

export const isBlank = (cell: Cell | undefined) =>
  !cell || cell.kind === "empty" ? !cell?.formula : cell.kind === "text" ? cell.text.trim() === "" : false;
