// Files the import cannot read: each refused before any row is looked at, with a message that
// says what the file is and how to fix it. Fixtures: tests/fixtures/import (the binary ones are
// written by make-fixtures.ts there); the 10 MB file is made here.
import { describe, expect, it } from "vitest";
import { fixtureFile } from "@/tests/fixtures/import/read-fixture";
import { readSpreadsheet } from "./read-spreadsheet";
import { MAX_ROWS } from "./limits";

async function refusal(file: { name: string; bytes: Uint8Array }) {
  const read = await readSpreadsheet(file);
  expect(read.ok, `${file.name} should be refused`).toBe(false);
  return read.ok ? "" : read.message;
}

describe("files that are not a readable spreadsheet", () => {
  it("refuses an empty file", async () => {
    expect(await refusal(fixtureFile("empty.csv"))).toBe('"empty.csv" is empty (0 bytes). Choose the template you filled in.');
  });

  it("refuses a 10 MB file before reading it", async () => {
    const bytes = new Uint8Array(10 * 1024 * 1024).fill(0x41);
    expect(await refusal({ name: "figures.csv", bytes })).toBe(
      "The file is 10 MB; the import takes files up to 2 MB (the filled-in template is about 10 KB). Keep only the template's sheet, rows and columns, then try again.",
    );
  });

  it("says what a renamed file really is", async () => {
    expect(await refusal(fixtureFile("program.xlsx"))).toBe(
      '"program.xlsx" is not a spreadsheet: it is a Windows program (.exe). Choose the template you filled in, saved as .xlsx or .csv.',
    );
    expect(await refusal(fixtureFile("word-document.xlsx"))).toMatch(
      /^The file is a Word document, not an Excel workbook\. In Excel choose File, Save As/,
    );
    expect(await refusal({ name: "photo.csv", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]) })).toMatch(/it is a PNG image/);
    expect(await refusal({ name: "data.csv", bytes: new Uint8Array([0x41, 0x00, 0x42]) })).toMatch(/is not a spreadsheet or a CSV file/);
  });

  it("refuses old and odd spreadsheet formats with the steps to save a readable one", async () => {
    expect(await refusal(fixtureFile("old-excel.xls"))).toMatch(/is an Excel 97–2003 workbook \(\.xls\) or a password-protected workbook/);
    expect(await refusal(fixtureFile("utf-16.csv"))).toMatch(/is saved as Unicode text \(UTF-16\)/);
    expect(await refusal(fixtureFile("windows-1252.csv"))).toMatch(/^The CSV file is not in UTF-8/);
    expect(await refusal(fixtureFile("unclosed-quote.csv"))).toBe(
      'The CSV file could not be read: a quoted value is never closed (line 3). Check for a stray double quote (") and save the file again.',
    );
  });

  it("refuses a workbook that unzips to far more than a template, before exceljs unzips it", async () => {
    expect(await refusal(fixtureFile("unzips-to-50mb.xlsx"))).toBe(
      "The workbook is too large to read once unzipped. Keep only the template's sheet and columns, then try again.",
    );
  });

  it("refuses a sheet with more rows than any template", async () => {
    const csv = `Key,Latest\r\n${"homicide-1,1\r\n".repeat(MAX_ROWS + 5)}`;
    expect(await refusal({ name: "long.csv", bytes: new TextEncoder().encode(csv) })).toMatch(/^The file has more than 1000 rows\./);
  });
});

describe("what is read", () => {
  it("reads CSV in UTF-8 with or without a byte order mark, with commas or semicolons, quoted commas and curly quotes intact", async () => {
    const plain = await readSpreadsheet(fixtureFile("filled.csv"));
    const bom = await readSpreadsheet(fixtureFile("filled-bom-semicolon.csv"));
    if (!plain.ok || !bom.ok) throw new Error("refused");
    expect(bom.sheet.rows).toEqual(plain.sheet.rows);
    expect(plain.sheet.rows[0]![0]).toEqual({ kind: "text", text: "Key" });
    expect(plain.sheet.rows[2]![5]).toEqual({ kind: "text", text: "1,204" });
    expect(plain.sheet.rows[5]![12]).toEqual({ kind: "text", text: "Not recorded separately until April 2022; “flagging” starts then." });
  });

  it("reads an .xlsx's first sheet with dates, %-formatted numbers, booleans, rich text and formulas as Excel shows them", async () => {
    const read = await readSpreadsheet(fixtureFile("filled.xlsx"));
    if (!read.ok) throw new Error(read.message);
    const [, homicide, firearms, sms, cyber] = read.sheet.rows;
    expect(homicide![7]).toEqual({ kind: "date", value: new Date(Date.UTC(2021, 0, 1)) });
    expect(firearms![5]).toEqual({ kind: "number", value: 1204, formula: "1000+204" });
    expect(sms![5]).toEqual({ kind: "number", value: 86.5, percent: true });
    expect(sms![9]).toEqual({ kind: "text", text: "Quarterly survey, 1,200 replies" });
    expect(cyber![11]).toEqual({ kind: "boolean", value: true });
    expect(read.sheet.notices).toEqual([]);
  });

  it("says other sheets were ignored, and finds merged ranges", async () => {
    const extra = await readSpreadsheet(fixtureFile("extra-sheets.xlsx"));
    const merged = await readSpreadsheet(fixtureFile("merged.xlsx"));
    if (!extra.ok || !merged.ok) throw new Error("refused");
    expect(extra.sheet.notices).toEqual([
      'The workbook has 3 sheets: only the first, "Figures and KPIs", was read. The other sheets ("Working", "Notes") were ignored.',
    ]);
    expect(merged.sheet.merges).toEqual([{ range: "F3:G3", top: 3, bottom: 3, left: 5, right: 6 }]);
  });
});
