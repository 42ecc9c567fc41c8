import type { MonthInput } from "@/lib/schemas/period";
import { EMPTY_MONTH } from "@/lib/schemas/period";
import { quote } from "./problems";
import type { Cell } from "./sheet";

// Turns a cell into what the form's schema reads (text in the boxes a person would type into),
// or says why it cannot. Dates, numbers and true/false cells from Excel are read as such; text
// is read as people write it.

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const monthYear = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** A cell as text, the way it reads in the sheet. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  switch (cell.kind) {
    case "empty":
      return "";
    case "text":
    case "error":
      return cell.text;
    case "number":
      return String(cell.value);
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "date":
      return cell.value.toISOString().slice(0, 10);
  }
}

// A template CSV neutralises text that a spreadsheet would run as a formula with a leading
// quote (lib/open-data/neutralise-formula); the quote is taken off again here.
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

/** A text field: any cell as its text, without a neutralising quote. */
export function readText(cell: Cell | undefined): string {
  return cellText(cell).replace(NEUTRALISED, "").trim();
}

/** A value field, as the text the form's number parser reads ("86.5", "19,018", "86.5%"). */
export function readNumberText(cell: Cell | undefined): Read<string> {
  if (!cell) return { ok: true, value: "" };
  if (cell.kind === "date") return { ok: false, message: `${quote(cellText(cell))} is a date, not a number.` };
  if (cell.kind === "boolean") return { ok: false, message: `${quote(cellText(cell))} is not a number.` };
  if (cell.kind === "number") return { ok: true, value: String(cell.value) };
  return { ok: true, value: readText(cell) };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function monthWord(word: string) {
  const w = word.toLowerCase();
  if (w === "sept") return 9;
  const index = MONTHS.indexOf(w.slice(0, 3));
  if (index < 0) return null;
  // The whole word must be the month's name or its start: "Mar", "March", not "Marble".
  const full = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, index, 1)));
  return full.toLowerCase().startsWith(w) ? index + 1 : null;
}

const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

/**
 * A month as people and spreadsheets write it: "Jan 2021", "January 2021", "Jan-21" (Excel's
 * own way of showing a month once it has turned the text into a date), "2021-01", "2021-01-01",
 * "01/2021" and "01/01/2021" (day first, as in the UK). Returns year and month, or null.
 */
export function parseMonthText(text: string): { year: number; month: number } | null {
  const t = text.trim().replace(/\s+/g, " ");
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]) };
  m = /^(?:(\d{1,2})\/)?(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return { year: Number(m[3]), month: Number(m[2]) };
  m = /^([A-Za-z]+)\.?[ -](\d{4}|\d{2})$/.exec(t);
  if (m) {
    const month = monthWord(m[1]!);
    return month ? { year: fullYear(m[2]!), month } : null;
  }
  return null;
}

const asInput = ({ year, month }: { year: number; month: number }): MonthInput => ({ month: String(month), year: String(year) });

/** A period's start or end, as the month and year boxes of the form. */
export function readMonthCell(cell: Cell | undefined): Read<MonthInput> {
  if (!cell || cell.kind === "empty") return { ok: true, value: { ...EMPTY_MONTH } };
  if (cell.kind === "date") return { ok: true, value: asInput({ year: cell.value.getUTCFullYear(), month: cell.value.getUTCMonth() + 1 }) };
  const text = readText(cell);
  if (!text) return { ok: true, value: { ...EMPTY_MONTH } };
  const parsed = parseMonthText(text);
  if (!parsed || parsed.month < 1 || parsed.month > 12)
    return { ok: false, message: `${quote(text)} is not a month. Write the month and year, like Jan 2021.` };
  return { ok: true, value: asInput(parsed) };
}

/** A month as the template and the preview write it: "Jan 2021". */
export function monthLabel(month: string | null) {
  if (!month) return "";
  const [year, m] = month.split("-").map(Number);
  return monthYear.format(new Date(Date.UTC(year!, m! - 1, 1))).replace("Sept", "Sep");
}

const YES = new Set(["yes", "y", "true", "1", "x", "✓", "no local data"]);
const NO = new Set(["no", "n", "false", "0", ""]);

/** "No local data": Yes or No (TRUE/FALSE cells, Y/N, 1/0 and a tick mark x too); blank is No. */
export function readYesNo(cell: Cell | undefined): Read<boolean> {
  if (!cell || cell.kind === "empty") return { ok: true, value: false };
  if (cell.kind === "boolean") return { ok: true, value: cell.value };
  const text = readText(cell).toLowerCase();
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return { ok: false, message: `${quote(readText(cell))} is not Yes or No. Write Yes when there is no local data, otherwise No.` };
}
