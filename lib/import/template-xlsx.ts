import { Workbook, type Cell as ExcelCell } from "exceljs";
import { monthToDate } from "@/lib/periods/months";
import { COLUMNS, TEMPLATE_COLUMNS, type ColumnId } from "./columns";
import { MONTH_COLUMNS, type TemplateRow } from "./template";

// The template as an Excel workbook: one sheet (the import reads the first), headings frozen
// with the key and name, months as real dates shown "Jan 2021", a Yes/No list for "No local
// data", and the columns to read but not change shaded, as are the cells a row does not use.

const WIDTHS: Record<ColumnId, number> = {
  key: 22,
  measure: 34,
  name: 48,
  unit: 12,
  baseline: 11,
  latest: 11,
  actual: 11,
  periodStart: 13,
  periodEnd: 13,
  note: 36,
  source: 36,
  noLocalData: 14,
  reason: 40,
};

const READ_ONLY: ColumnId[] = ["key", "measure", "name", "unit", "baseline", "source"];
const UNUSED: Record<TemplateRow["kind"], ColumnId[]> = {
  figure: ["actual"],
  kpi: ["baseline", "latest", "source", "noLocalData", "reason"],
};

const fill = (argb: string) => ({ type: "pattern" as const, pattern: "solid" as const, fgColor: { argb } });

export async function templateXlsx(rows: TemplateRow[], title: string): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = "Scorecard";
  workbook.title = title;
  const sheet = workbook.addWorksheet("Figures and KPIs", { views: [{ state: "frozen", xSplit: 3, ySplit: 1 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((id) => ({ header: COLUMNS[id], key: id, width: WIDTHS[id] }));
  const heading = sheet.getRow(1);
  heading.font = { bold: true };
  heading.eachCell((cell) => (cell.fill = fill("FFD9E2F3")));

  for (const row of rows) {
    const added = sheet.addRow(
      TEMPLATE_COLUMNS.map((id) => {
        const value = row.values[id];
        if (MONTH_COLUMNS.includes(id) && typeof value === "string") return monthToDate(value);
        return value ?? null;
      }),
    );
    TEMPLATE_COLUMNS.forEach((id, i) => {
      const cell: ExcelCell = added.getCell(i + 1);
      if (MONTH_COLUMNS.includes(id)) cell.numFmt = "mmm yyyy";
      if (UNUSED[row.kind].includes(id)) cell.fill = fill("FFBFBFBF");
      else if (READ_ONLY.includes(id)) cell.fill = fill("FFF2F2F2");
      if (id === "noLocalData" && row.kind === "figure")
        cell.dataValidation = { type: "list", allowBlank: true, formulae: ['"Yes,No"'], showErrorMessage: true, error: "Choose Yes or No" };
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
