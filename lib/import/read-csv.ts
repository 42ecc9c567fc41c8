import { parse } from "csv-parse/sync";
import { CsvError } from "csv-parse";
import { MAX_COLUMNS, MAX_ROWS } from "./limits";
import { SAVE_AS_ADVICE } from "./detect-file";
import type { Cell, Sheet } from "./sheet";

export type ReadResult = { ok: true; sheet: Sheet } | { ok: false; message: string };

// A CSV file read with csv-parse (the sibling of the csv-stringify the app already uses to
// write CSV): quoted fields, commas and line breaks inside quotes, CRLF or LF, and a UTF-8 byte
// order mark (Excel's "CSV UTF-8" writes one) all as RFC 4180 and Excel have them.

/** Excel writes semicolons where the decimal separator is a comma, and "Text" files with tabs. */
function delimiterOf(text: string) {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ",";
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    // fatal: bytes that are not UTF-8 (an "ANSI" CSV with a £ or an en dash) refuse, rather
    // than import as replacement characters. The BOM, when there is one, is dropped.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function csvProblem(error: unknown): string {
  const line = error instanceof CsvError && typeof error.lines === "number" ? ` (line ${error.lines})` : "";
  if (error instanceof CsvError && error.code === "CSV_QUOTE_NOT_CLOSED")
    return `The CSV file could not be read: a quoted value is never closed${line}. Check for a stray double quote (") and save the file again.`;
  if (error instanceof CsvError && (error.code === "CSV_INVALID_CLOSING_QUOTE" || error.code === "INVALID_OPENING_QUOTE"))
    return `The CSV file could not be read: a double quote (") is in the wrong place${line}. Save the file again from your spreadsheet program.`;
  return `The CSV file could not be read${line}. Save it again from your spreadsheet program as CSV UTF-8.`;
}

export function readCsv(bytes: Uint8Array): ReadResult {
  const text = decodeUtf8(bytes);
  if (text === null)
    return {
      ok: false,
      message: `The CSV file is not in UTF-8, so its accented letters, dashes and £ signs cannot be read safely. ${SAVE_AS_ADVICE}`,
    };
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, "")),
      relax_column_count: true,
      skip_empty_lines: false,
      // One record past the limit is enough to know the file is too long.
      to: MAX_ROWS + 1,
    });
  } catch (error) {
    return { ok: false, message: csvProblem(error) };
  }
  if (records.length > MAX_ROWS)
    return {
      ok: false,
      message: `The file has more than ${MAX_ROWS} rows. The template has one row per indicator and KPI: remove the other rows.`,
    };
  if (records.some((r) => r.length > MAX_COLUMNS))
    return { ok: false, message: `The file has more than ${MAX_COLUMNS} columns. Keep the template's columns and remove the others.` };
  const rows = records.map((record) => record.map((text): Cell => (text.trim() === "" ? { kind: "empty" } : { kind: "text", text })));
  return { ok: true, sheet: { rows, merges: [], notices: [] } };
}
