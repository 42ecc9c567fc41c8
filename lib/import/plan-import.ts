import type { FigureRowOutput } from "@/lib/schemas/figures";
import type { KpiRowOutput } from "@/lib/schemas/kpis";
import { COLUMNS, readHeader, requiredColumns, type ColumnId, type Header } from "./columns";
import { cellText, readText } from "./cell-values";
import type { Change } from "./diff-values";
import { fileProblem, quote, type Problem } from "./problems";
import { readFigureRow, readKpiRow, type RowCells } from "./read-row";
import { referenceNotices } from "./reference-columns";
import { isBlank, type Sheet } from "./sheet";
import type { ImportTarget } from "./targets";

// The whole import, worked out without saving anything: every row of the sheet matched to the
// figure or KPI its key names, read through the forms' own schemas, with what saving would
// change and every problem on its row and column. The preview shows it; the save runs it again
// on the server against the database as it is then, and writes the rows it returns.

export type PreviewRow = { row: number; key: string; name: string; changes: Change[]; problems: Problem[] };

export type Preview = {
  rows: PreviewRow[];
  /** Everything that stops the import, file-level first, then by row. */
  problems: Problem[];
  /** Everything worth knowing that does not stop it. */
  notices: Problem[];
  /** Each matched row's version when it was read: the save refuses rows changed since. */
  versions: Record<string, number>;
  changeCount: number;
};

export type ImportPlan = { preview: Preview; figures: FigureRowOutput[]; kpis: KpiRowOutput[] };

const EMPTY_PLAN = (problems: Problem[], notices: Problem[]): ImportPlan => ({
  preview: { rows: [], problems, notices, versions: {}, changeCount: 0 },
  figures: [],
  kpis: [],
});

const HEADINGS = `the template's headings (${Object.values(COLUMNS).join(", ")})`;

/** The problems a formula or an error value in a read column brings, and the notices. */
function formulaFindings(cells: RowCells, header: Header) {
  const problems: Problem[] = [];
  const notices: Problem[] = [];
  for (const id of header.columns.keys()) {
    const cell = cells.cell(id);
    const column = COLUMNS[id];
    if (cell?.kind === "error")
      problems.push({ row: cells.row, column, message: `the cell shows the error ${cell.text}. Correct it, or type the value instead.` });
    if (!cell?.formula) continue;
    if (cell.noResult)
      problems.push({
        row: cells.row,
        column,
        message: `the formula =${cell.formula} has no saved value. Open the file in Excel, save it, and import it again.`,
      });
    else if (cell.kind !== "error")
      notices.push({ row: cells.row, column, message: `the formula =${cell.formula} was read as its value, ${quote(cellText(cell))}.` });
  }
  return { problems, notices };
}

/** Merged cells over the columns the import reads are refused: which column a merged value belongs to is a guess. */
function mergeProblems(sheet: Sheet, header: Header): Problem[] {
  const read = new Map([...header.columns].map(([id, index]) => [index, COLUMNS[id]]));
  return sheet.merges
    .filter((m) => m.bottom >= header.row && [...read.keys()].some((i) => i >= m.left && i <= m.right))
    .map((m) => {
      const columns = [...read].filter(([i]) => i >= m.left && i <= m.right).map(([, name]) => name);
      return {
        row: m.top,
        column: columns.length > 1 ? `${columns[0]} to ${columns[columns.length - 1]}` : columns[0]!,
        message: `cells ${m.range} are merged. Unmerge them (in Excel: Home, Merge & Center) so each value has its own cell.`,
      };
    });
}

export function planImport(sheet: Sheet, targets: ImportTarget[]): ImportPlan {
  const notices: Problem[] = sheet.notices.map(fileProblem);
  const headerIndex = sheet.rows.findIndex((cells) => cells.some((c) => !isBlank(c)));
  if (headerIndex < 0) return EMPTY_PLAN([fileProblem("The sheet is empty. Download the template, fill it in and import it.")], notices);
  const header = readHeader(sheet.rows[headerIndex]!, headerIndex + 1);
  notices.push(...header.notices);
  if (!header.columns.has("key"))
    return EMPTY_PLAN(
      [
        fileProblem(
          `Row ${header.row} has no column headed "Key". The first row must hold ${HEADINGS}: download the template to start from it.`,
        ),
      ],
      notices,
    );

  const byKey = new Map(targets.map((t) => [t.key.toLowerCase(), t]));
  const rows = sheet.rows
    .map((cells, index): RowCells & { blank: boolean } => ({
      row: index + 1,
      cell: (id: ColumnId) => (header.columns.has(id) ? cells[header.columns.get(id)!] : undefined),
      has: (id: ColumnId) => header.columns.has(id),
      blank: cells.every(isBlank),
    }))
    .filter((r) => r.row > header.row && !r.blank);

  const keyed = rows.map((r) => ({ cells: r, key: readText(r.cell("key")), target: byKey.get(readText(r.cell("key")).toLowerCase()) }));
  const kinds = { figures: keyed.some((k) => k.target?.kind === "figure"), kpis: keyed.some((k) => k.target?.kind === "kpi") };
  const missing = requiredColumns(kinds).filter((id) => !header.columns.has(id));
  if (missing.length)
    return EMPTY_PLAN(
      [
        ...header.problems,
        fileProblem(
          `No column is headed ${missing.map((id) => `"${COLUMNS[id]}"`).join(" or ")}. The import needs the columns ${requiredColumns(
            kinds,
          )
            .map((id) => COLUMNS[id])
            .join(", ")} in row ${header.row}: download the template to see them.`,
        ),
      ],
      notices,
    );

  const problems: Problem[] = [...header.problems, ...mergeProblems(sheet, header)];
  if (keyed.length === 0)
    problems.push(fileProblem("The file has headings but no rows to import. Fill in the template's rows and import it again."));
  const seenOn = new Map<string, number>();
  const previewRows: PreviewRow[] = [];
  const plan: ImportPlan = { preview: { rows: previewRows, problems, notices, versions: {}, changeCount: 0 }, figures: [], kpis: [] };

  for (const { cells, key, target } of keyed) {
    const rowProblems: Problem[] = [];
    const at = (message: string) => rowProblems.push({ row: cells.row, column: COLUMNS.key, message });
    const earlier = seenOn.get(key.toLowerCase());
    if (!key) at("the row has no key. Copy its key from the template, or delete the row.");
    else if (!target)
      at(
        `${quote(key)} is not an indicator or KPI of this quarter. Keys look like homicide-1 or kpi-2: download the template to see them.`,
      );
    else if (earlier) at(`${quote(key)} is also on row ${earlier}. Keep one row for each indicator and KPI.`);
    if (key && !earlier) seenOn.set(key.toLowerCase(), cells.row);

    let changes: Change[] = [];
    if (target && !earlier) {
      plan.preview.versions[target.key] = target.version;
      const found = formulaFindings(cells, header);
      const reference = referenceNotices(cells, target);
      rowProblems.push(...found.problems, ...reference.problems);
      notices.push(...found.notices, ...reference.notices);
      if (target.kind === "figure") {
        const result = readFigureRow(cells, target);
        rowProblems.push(...result.problems);
        if (rowProblems.length === 0 && result.parsed && result.changes.length) {
          changes = result.changes;
          plan.figures.push(result.parsed);
        }
      } else {
        const result = readKpiRow(cells, target);
        rowProblems.push(...result.problems);
        if (rowProblems.length === 0 && result.parsed && result.changes.length) {
          changes = result.changes;
          plan.kpis.push(result.parsed);
        }
      }
    }
    problems.push(...rowProblems);
    plan.preview.changeCount += changes.length;
    // The row carries the indicator's own key, however the file spelled it ("HOMICIDE-1"): the
    // import's check that nobody changed a row since the preview looks its version up by it.
    previewRows.push({ row: cells.row, key: target?.key ?? key, name: target?.name ?? "", changes, problems: rowProblems });
  }

  const absent = targets.filter((t) => !(t.key in plan.preview.versions));
  if (absent.length && keyed.length)
    notices.push(
      fileProblem(
        `${absent.length === 1 ? "One indicator or KPI is" : `${absent.length} indicators and KPIs are`} not in the file and will stay as ${absent.length === 1 ? "it is" : "they are"}: ${absent.map((t) => t.name).join("; ")}.`,
      ),
    );
  return plan;
}
