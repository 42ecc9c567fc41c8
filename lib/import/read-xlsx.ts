import JSZip from "jszip";
import { Workbook, ValueType, type Cell as ExcelCell } from "exceljs";
import { MAX_COLUMNS, MAX_ROWS, MAX_UNZIPPED_BYTES } from "./limits";
import { SAVE_AS_ADVICE } from "./detect-file";
import type { ReadResult } from "./read-csv";
import type { Cell, CellValue, Merge } from "./sheet";
import { columnLetter } from "./problems";

// An .xlsx workbook read with exceljs (maintained; SheetJS's npm release is not). exceljs unzips
// every part of the workbook into memory, so the parts are first streamed through JSZip (the
// unzipper exceljs itself uses) and counted: a workbook that unzips past the limit is refused
// before exceljs sees it.

/** Whether every part of the zip unzips within `limit` bytes in all, counting what is really inflated. */
async function fitsWhenUnzipped(zip: JSZip, limit: number) {
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const fits = await new Promise<boolean>((resolve, reject) => {
      const stream = entry.nodeStream("nodebuffer");
      stream.on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total <= limit) return;
        stream.pause();
        resolve(false);
      });
      stream.on("end", () => resolve(true));
      stream.on("error", reject);
    });
    if (!fits) return false;
  }
  return true;
}

/** What a zip that is not an Excel workbook is, for the message. */
function zipKind(zip: JSZip) {
  if (zip.file("xl/workbook.xml")) return null;
  if (zip.file("content.xml")) return "an OpenDocument file (from LibreOffice or Numbers)";
  if (zip.file("word/document.xml")) return "a Word document";
  if (zip.file("ppt/presentation.xml")) return "a PowerPoint presentation";
  return "a zip archive";
}

/** A percentage-formatted number is read as Excel shows it: 0.865 as 86.5, without binary noise (86.49999999999999). */
const asShown = (value: number, numFmt: string | undefined): CellValue =>
  numFmt?.includes("%") ? { kind: "number", value: Number((value * 100).toPrecision(12)), percent: true } : { kind: "number", value };

function plainValue(value: unknown, numFmt: string | undefined): CellValue {
  if (value == null || value === "") return { kind: "empty" };
  if (typeof value === "number") return asShown(value, numFmt);
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return { kind: "date", value };
  if (typeof value === "object") {
    const v = value as { error?: string; richText?: { text: string }[]; text?: unknown };
    if (v.error) return { kind: "error", text: v.error };
    if (v.richText) return { kind: "text", text: v.richText.map((r) => r.text).join("") };
    if (typeof v.text === "string") return { kind: "text", text: v.text };
    if (v.text && typeof v.text === "object") return plainValue(v.text, numFmt);
  }
  return { kind: "text", text: String(value) };
}

function readCell(cell: ExcelCell): Cell {
  if (cell.type === ValueType.Merge) return { kind: "empty" };
  if (cell.type !== ValueType.Formula) return plainValue(cell.value, cell.numFmt);
  // exceljs gives the value the spreadsheet program last computed; a file written by a script
  // may have none.
  const { result } = cell.value as { result?: unknown };
  const formula = cell.formula || "(a shared formula)";
  if (result === undefined) return { kind: "empty", formula, noResult: true };
  return { ...plainValue(result, cell.numFmt), formula };
}

export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ok: false, message: `The file could not be opened as an Excel workbook: it may be damaged. ${SAVE_AS_ADVICE}` };
  }
  const other = zipKind(zip);
  if (other) return { ok: false, message: `The file is ${other}, not an Excel workbook. ${SAVE_AS_ADVICE}` };
  if (!(await fitsWhenUnzipped(zip, MAX_UNZIPPED_BYTES).catch(() => false)))
    return {
      ok: false,
      message: "The workbook is too large to read once unzipped. Keep only the template's sheet and columns, then try again.",
    };

  const workbook = new Workbook();
  try {
    // exceljs types its Buffer as its own interface; a Node Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { ok: false, message: `The file could not be read as an Excel workbook: it may be damaged. ${SAVE_AS_ADVICE}` };
  }
  const [first, ...others] = workbook.worksheets;
  if (!first) return { ok: false, message: "The workbook has no sheets." };
  const notices = others.length
    ? [
        `The workbook has ${others.length + 1} sheets: only the first, "${first.name}", was read. ${others.length === 1 ? "The other sheet" : "The other sheets"} (${others.map((s) => `"${s.name}"`).join(", ")}) ${others.length === 1 ? "was" : "were"} ignored.`,
      ]
    : [];

  const rows: Cell[][] = [];
  const spans = new Map<string, Merge>();
  let tooWide = false;
  first.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > MAX_ROWS) return;
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col > MAX_COLUMNS) {
        tooWide ||= cell.value != null;
        return;
      }
      cells[col - 1] = readCell(cell);
      if (!cell.isMerged) return;
      const master = cell.master;
      const span = spans.get(master.address) ?? { range: "", top: rowNumber, bottom: rowNumber, left: col - 1, right: col - 1 };
      span.top = Math.min(span.top, rowNumber);
      span.bottom = Math.max(span.bottom, rowNumber);
      span.left = Math.min(span.left, col - 1);
      span.right = Math.max(span.right, col - 1);
      spans.set(master.address, span);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? { kind: "empty" });
  });
  if (first.rowCount > MAX_ROWS && hasValuesAfter(first, MAX_ROWS))
    return {
      ok: false,
      message: `The sheet has more than ${MAX_ROWS} rows. The template has one row per indicator and KPI: remove the other rows.`,
    };
  if (tooWide)
    return { ok: false, message: `The sheet has more than ${MAX_COLUMNS} columns. Keep the template's columns and remove the others.` };

  const merges = [...spans.values()].map((m) => ({ ...m, range: `${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}` }));
  return { ok: true, sheet: { rows: Array.from(rows, (r) => r ?? []), merges, notices } };
}

function hasValuesAfter(sheet: Workbook["worksheets"][number], limit: number) {
  for (let n = limit + 1; n <= sheet.rowCount; n++) if (sheet.getRow(n).hasValues) return true;
  return false;
}
