// The import worked out from good and bad files (tests/fixtures/import) against a quarter with
// the national framework and the demo KPIs: what would change (old → new), and every problem on
// its row and column in words.
import { describe, expect, it } from "vitest";
import { fixtureTargets } from "@/tests/fixtures/import/targets";
import { planFixture } from "@/tests/fixtures/import/read-fixture";
import { readSpreadsheet } from "./read-spreadsheet";
import { planImport } from "./plan-import";
import { problemText } from "./problems";
import { templateCsv, templateRows } from "./template";
import { templateXlsx } from "./template-xlsx";
import type { ImportTarget } from "./targets";

const changesOf = (plan: Awaited<ReturnType<typeof planFixture>>) =>
  Object.fromEntries(plan.preview.rows.map((r) => [r.key, r.changes.map((c) => `${c.column}: ${c.from} → ${c.to}`)]));
const problemsOf = (plan: Awaited<ReturnType<typeof planFixture>>) => plan.preview.problems.map(problemText);
const noticesOf = (plan: Awaited<ReturnType<typeof planFixture>>) => plan.preview.notices.map(problemText);

const FILLED_CHANGES = {
  "homicide-1": ["Latest: 46 → 48"],
  "serious-violence-2": ["Latest:  → 1,204", "Period start:  → Jan 2021", "Period end:  → Dec 2021"],
  "satisfaction-2": [
    "Latest:  → 86.5%",
    "Period start:  → Oct 2021",
    "Period end:  → Dec 2021",
    "Note:  → Quarterly survey, 1,200 replies",
  ],
  "cyber-1": [],
  "kpi-2": ["Actual: 87% → 88%", "Note:  → Provisional"],
};

describe("a filled-in template", () => {
  it.each(["filled.csv", "filled-bom-semicolon.csv"])("%s: every change, old → new, and the rows to write", async (name) => {
    const plan = await planFixture(name);
    expect(problemsOf(plan)).toEqual([]);
    expect(changesOf(plan)).toEqual({
      ...FILLED_CHANGES,
      "cyber-2": ["No local data: No → Yes", "Reason:  → Not recorded separately until April 2022; “flagging” starts then."],
    });
    expect(plan.preview.changeCount).toBe(12);
    expect(plan.figures.map((f) => [f.figureId, f.version, f.latestValue, f.periodStart, f.periodEnd])).toEqual([
      ["figure-1", 1, 48, "2021-01", "2021-12"],
      ["figure-3", 1, 1204, "2021-01", "2021-12"],
      ["figure-10", 1, 86.5, "2021-10", "2021-12"],
      ["figure-12", 1, null, null, null],
    ]);
    expect(plan.kpis).toMatchObject([{ kpiResultId: "kpi-result-2", version: 3, actual: 88, note: "Provisional" }]);
    expect(plan.preview.versions).toMatchObject({ "homicide-1": 1, "kpi-2": 3 });
    expect(noticesOf(plan)).toEqual([
      expect.stringMatching(/^11 indicators and KPIs are not in the file and will stay as they are: Hospital admissions/),
    ]);
  });

  it("filled.xlsx: dates, a %-formatted 86.5%, TRUE, rich text and a computed formula read as Excel shows them; the formula is reported", async () => {
    const plan = await planFixture("filled.xlsx");
    expect(problemsOf(plan)).toEqual([]);
    expect(changesOf(plan)).toEqual(FILLED_CHANGES);
    expect(noticesOf(plan)[0]).toBe("Row 3, Latest: the formula =1000+204 was read as its value, '1204'.");
  });

  it("round-trips the template untouched, as CSV and as .xlsx: nothing would change", async () => {
    const targets = fixtureTargets();
    const rows = templateRows(targets);
    for (const file of [
      { name: "template.csv", bytes: new TextEncoder().encode(templateCsv(rows)) },
      { name: "template.xlsx", bytes: await templateXlsx(rows, "Template") },
    ]) {
      const read = await readSpreadsheet(file);
      if (!read.ok) throw new Error(read.message);
      const plan = planImport(read.sheet, targets);
      expect(plan.preview.problems, file.name).toEqual([]);
      expect(plan.preview.notices, file.name).toEqual([]);
      expect(plan.preview.changeCount, file.name).toBe(0);
      expect(Object.keys(plan.preview.versions)).toHaveLength(targets.length);
    }
  });

  it("a key in other letter case is that indicator's row, under its own key, so the stale-row check finds its version", async () => {
    const targets = fixtureTargets();
    const csv = "Key,Latest,Period start,Period end\r\nHOMICIDE-1,48,Jan 2021,Dec 2021\r\n";
    const read = await readSpreadsheet({ name: "upper.csv", bytes: new TextEncoder().encode(csv) });
    if (!read.ok) throw new Error(read.message);
    const plan = planImport(read.sheet, targets);
    expect(plan.preview.problems).toEqual([]);
    expect(plan.preview.rows.map((r) => r.key)).toEqual(["homicide-1"]);
    expect(plan.preview.versions["homicide-1"]).toBe(1);
  });

  it("writes text a spreadsheet would run as a formula with a quote in the CSV, and reads it back as it was", async () => {
    const targets = fixtureTargets().map((t): ImportTarget =>
      t.kind === "figure" && t.key === "homicide-1"
        ? { ...t, values: { ...t.values, periodNote: '=HYPERLINK("http://evil.example")' } }
        : t,
    );
    const csv = templateCsv(templateRows(targets));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(
      csv.startsWith("\uFEFFKey,Measure,Name,Unit,Baseline,Latest,Actual,Period start,Period end,Note,Source,No local data,Reason\r\n"),
    ).toBe(true);
    const read = await readSpreadsheet({ name: "t.csv", bytes: new TextEncoder().encode(csv) });
    if (!read.ok) throw new Error(read.message);
    expect(planImport(read.sheet, targets).preview.changeCount).toBe(0);
  });
});

describe("problems, each on its row and column", () => {
  it("problems.csv: wrong values, units, keys, duplicates, months, and columns used for the wrong kind of row", async () => {
    const plan = await planFixture("problems.csv");
    expect(problemsOf(plan)).toEqual([
      "Row 2, Latest: 'twelve' is not a number: enter a number, like 46 or 19,018",
      "Row 3, Latest: '101' is out of range: enter a percentage between 0 and 100, like 86.5",
      "Row 4, Key: 'homicide-9' is not an indicator or KPI of this quarter. Keys look like homicide-1 or kpi-2: download the template to see them.",
      "Row 5, Key: 'homicide-1' is also on row 2. Keep one row for each indicator and KPI.",
      "Row 6, Period start: 'Q3 2021' is not a month. Write the month and year, like Jan 2021.",
      "Row 7, Period end: The period must end in the same month as it starts, or later",
      "Row 8, Latest: the row says there is no local data, so Latest must be empty. Clear it, or set No local data to No.",
      `Row 9, Name: the key neighbourhood-3 is "Robbery (police recorded)" in this quarter, not 'Burglary (police recorded)'. Check the key, or download the template again.`,
      "Row 10, Reason: Say why there is no local data",
      "Row 11, Actual: Actual is for KPIs. Put this indicator's value in Latest.",
      "Row 12, Key: the row has no key. Copy its key from the template, or delete the row.",
      "Row 13, Latest: Latest is for indicators. Put this KPI's value in Actual.",
      "Row 14, Period start: Enter the months the actual covers: the month and year it starts and ends",
      "Row 15, No local data: 'maybe' is not Yes or No. Write Yes when there is no local data, otherwise No.",
      "Row 17, Period end: Enter the month and year the period ends, like December 2021",
    ]);
    expect(plan.figures).toEqual([]);
    expect(plan.kpis).toEqual([]);
    expect(plan.preview.changeCount).toBe(0);
    // Every row of the file is shown, the blank row 16 aside.
    expect(plan.preview.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17]);
  });

  it("a formula without a saved value and an error value are problems; a computed formula is taken and reported", async () => {
    const plan = await planFixture("formulas.xlsx");
    expect(problemsOf(plan)).toEqual([
      "Row 3, Latest: the formula =F2*2 has no saved value. Open the file in Excel, save it, and import it again.",
      "Row 4, Latest: the cell shows the error #DIV/0!. Correct it, or type the value instead.",
    ]);
    expect(noticesOf(plan)[0]).toBe("Row 2, Latest: the formula =SUM(40,8) was read as its value, '48'.");
  });

  it("merged cells over the columns read are a problem", async () => {
    expect(problemsOf(await planFixture("merged.xlsx"))).toEqual([
      "Row 3, Latest to Actual: cells F3:G3 are merged. Unmerge them (in Excel: Home, Merge & Center) so each value has its own cell.",
    ]);
  });

  it("extra sheets are ignored, and said to be", async () => {
    const plan = await planFixture("extra-sheets.xlsx");
    expect(problemsOf(plan)).toEqual([]);
    expect(noticesOf(plan)[0]).toBe(
      'The workbook has 3 sheets: only the first, "Figures and KPIs", was read. The other sheets ("Working", "Notes") were ignored.',
    );
    expect(changesOf(plan)["homicide-1"]).toEqual(["Latest: 46 → 48", "Note: Latest Home Office statistics → "]);
  });

  it("missing required columns, a missing Key column, an empty sheet", async () => {
    expect(problemsOf(await planFixture("missing-columns.csv"))).toEqual([
      'No column is headed "Period start" or "Period end". The import needs the columns Key, Latest, Period start, Period end in row 1: download the template to see them.',
    ]);
    const noKey = await planFixture("no-key-column.csv");
    expect(problemsOf(noKey)).toEqual([
      expect.stringMatching(/^Row 1 has no column headed "Key"\. The first row must hold the template's headings/),
    ]);
    expect(noticesOf(noKey)).toEqual(["Row 1, column A: the heading 'Indicator' is not one the import reads, so the column was ignored."]);
    expect(problemsOf(await planFixture("blank.csv"))).toEqual(["The sheet is empty. Download the template, fill it in and import it."]);
  });

  it("reference columns: a different unit, baseline or source is not imported and is said so", async () => {
    const csv =
      "Key,Name,Unit,Baseline,Latest,Period start,Period end,Source\r\nhomicide-1,Homicides,Percentage,50,46,Jan 2021,Dec 2021,Our own records\r\n";
    const read = await readSpreadsheet({ name: "r.csv", bytes: new TextEncoder().encode(csv) });
    if (!read.ok) throw new Error(read.message);
    const plan = planImport(read.sheet, fixtureTargets());
    expect(plan.preview.problems).toEqual([]);
    expect(plan.preview.changeCount).toBe(0);
    expect(plan.preview.notices.map(problemText).slice(0, 3)).toEqual([
      "Row 2, Unit: Homicides is a count, not 'Percentage': its values are read as a count.",
      "Row 2, Baseline: the baseline comes from the measure framework and is not imported: '50' was ignored.",
      `Row 2, Source: the source is not imported (it is set for the quarter, as "Police recorded crime (Home Office)"): 'Our own records' was ignored.`,
    ]);
  });
});
