import fs from "node:fs";
import { createHash } from "node:crypto";
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { Workbook } from "exceljs";
import { monthToDate } from "@/lib/periods/months";
import { saveFigures } from "@/server/figures/save-figures";
import { completeFigures } from "@/tests/fixtures/build-quarter";
import { signIn } from "./fixtures/auth";
import { createTestUser, testDb } from "./fixtures/db";
import { buildQuarter, submissionState, type BuiltQuarter } from "./fixtures/quarters";

// Importing a quarter's figures and KPI actuals from a spreadsheet: the analyst's journey from
// the template to saved figures through a file with problems (nothing saved) and its preview;
// an import refused because someone else changed a figure after the preview; and the other
// roles refused by the server itself, whatever the page shows them.

const CSV_TYPE = "text/csv";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
type Row = Record<string, string>;

async function actAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

/** Clicks a download link and returns the file it gave, with its suggested name. */
async function download(page: Page, linkName: string) {
  const started = page.waitForEvent("download");
  await page.getByRole("link", { name: linkName }).click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

/** Chooses the file and asks for the preview. */
async function check(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("The filled-in template").setInputFiles(file);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.locator("[data-import-summary]")).toBeVisible();
}

const axe = (page: Page) => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();

const homicides = (q: BuiltQuarter) => testDb.figure.findFirstOrThrow({ where: { submissionId: q.submissionId, name: "Homicides" } });

test("the analyst downloads the template, sees each problem on its row with nothing saved, then fixes the file, previews and imports it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const q = await buildQuarter("created");
  const before = await submissionState(q.submissionId);
  const rowCount =
    (await testDb.figure.count({ where: { submissionId: q.submissionId } })) +
    (await testDb.kpiResult.count({ where: { submissionId: q.submissionId } }));
  await actAs(page, q.actors.analyst.email);

  await test.step("the figures task offers the template and the import", async () => {
    await page.goto(`${q.path}/figures/homicide`);
    await page.locator("[data-spreadsheet-option]").getByRole("link", { name: "import it from a spreadsheet" }).click();
    await expect(page).toHaveURL(`${q.path}/import`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Import figures and KPI actuals from a spreadsheet");
  });

  let template: Row[] = [];
  await test.step("the CSV template has a row per indicator and KPI of the quarter", async () => {
    const file = await download(page, "Download the template as a CSV file (.csv)");
    expect(file.name).toBe(`scorecard-${q.slug}-figures.csv`);
    template = parse(file.bytes, { bom: true, columns: true }) as Row[];
    expect(template).toHaveLength(rowCount);
    expect(template.find((r) => r.Key === "homicide-1")).toMatchObject({
      Name: "Homicides",
      Unit: "Count",
      Latest: "",
      "No local data": "No",
    });
  });

  await test.step("a file with a word for a number: the problem is shown on its row, and nothing can be or is imported", async () => {
    const filled = template.map((r) =>
      r.Key === "homicide-1"
        ? { ...r, Latest: "twelve", "Period start": "Jan 2031", "Period end": "Dec 2031" }
        : r.Key === "serious-violence-1"
          ? { ...r, Latest: "150", "Period start": "Jan 2031", "Period end": "Dec 2031" }
          : r,
    );
    await check(page, { name: "figures.csv", mimeType: CSV_TYPE, buffer: Buffer.from(stringify(filled, { header: true })) });
    await expect(page.locator("[data-import-summary]")).toHaveText("figures.csv has 1 problem to fix before it can be imported.");
    await expect(page.locator("[data-import-problems]")).toContainText("Row 2, Latest: 'twelve' is not a number");
    await expect(page.locator('[data-import-row="homicide-1"]')).toContainText("Latest: 'twelve' is not a number");
    await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
    expect(await axe(page), "the import page showing problems").toEqual(expect.objectContaining({ violations: [] }));
    expect(await submissionState(q.submissionId)).toEqual(before);
  });

  await test.step("the fixed Excel template: the preview shows old → new, and importing saves it all", async () => {
    const file = await download(page, "Download the template as an Excel workbook (.xlsx)");
    expect(file.name).toBe(`scorecard-${q.slug}-figures.xlsx`);
    const workbook = new Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const headings = (sheet.getRow(1).values as unknown[]).map(String);
    const column = (heading: string) => headings.indexOf(heading);
    sheet.eachRow((row) => {
      if (row.getCell(column("Key")).text !== "homicide-1") return;
      row.getCell(column("Latest")).value = 61;
      row.getCell(column("Period start")).value = monthToDate("2031-01");
      row.getCell(column("Period end")).value = monthToDate("2031-12");
      row.getCell(column("Note")).value = "Provisional";
    });
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await check(page, { name: "figures.xlsx", mimeType: XLSX_TYPE, buffer });
    await expect(page.locator("[data-import-summary]")).toHaveText("Importing figures.xlsx will make 4 changes in 1 row.");
    const row = page.locator('[data-import-row="homicide-1"]');
    await expect(row.locator('[data-change="Latest"]')).toHaveText(/^Latest:\s.*→\s*changes to 61$/);
    await expect(row.locator('[data-change="Period start"]')).toContainText("Jan 2031");
    await expect(page.locator('[data-import-row="serious-violence-1"]')).toContainText("No change");
    expect(await axe(page), "the import page showing a preview").toEqual(expect.objectContaining({ violations: [] }));
    expect(await submissionState(q.submissionId), "checking saves nothing").toEqual(before);

    await page.getByRole("button", { name: "Import 4 changes" }).click();
    await expect(page).toHaveURL(`${q.path}?done=imported`);
    await expect(page.locator("[data-done-banner]")).toHaveText("The figures and KPI actuals from the spreadsheet were saved.");
  });

  await test.step("the figures are shown on the figures task, and the import is audited once", async () => {
    await page.goto(`${q.path}/figures/homicide`);
    const group = page.getByRole("group", { name: "Homicides", exact: true });
    await expect(group.getByLabel("Latest value", { exact: true })).toHaveValue("61");
    expect(await homicides(q)).toMatchObject({ latestValue: 61, periodNote: "Provisional", version: 2 });
    expect(
      await testDb.auditEvent.count({
        where: { submissionId: q.submissionId, action: "save.spreadsheet-import", actorId: q.actors.analyst.id },
      }),
    ).toBe(1);
  });
});

test("an import is refused, naming the row, when someone else changed a figure after the preview; nothing is saved", async ({ page }) => {
  const q = await buildQuarter("created");
  await actAs(page, q.actors.analyst.email);
  await page.goto(`${q.path}/import`);
  const csv = ["Key,Name,Latest,Period start,Period end,No local data", "homicide-1,Homicides,48,Jan 2031,Dec 2031,No"].join("\r\n");
  await check(page, { name: "homicides.csv", mimeType: CSV_TYPE, buffer: Buffer.from(csv) });
  await expect(page.getByRole("button", { name: "Import 3 changes" })).toBeVisible();

  // A colleague saves the homicide figures through the figures form's operation meanwhile.
  const user = await createTestUser(["ANALYST"], "Colleague");
  const colleague = { id: user.id, roles: ["ANALYST" as const], email: user.email, name: user.name };
  const rows = await completeFigures(q.submissionId, "homicide");
  await saveFigures({ actor: colleague, input: { submissionId: q.submissionId, figures: rows.map((r) => ({ ...r, latestValue: 55 })) } });
  const afterColleague = await submissionState(q.submissionId);

  await page.getByRole("button", { name: "Import 3 changes" }).click();
  await expect(page.locator("[data-import-error]")).toContainText(
    "Since you checked the file, someone else changed Homicides (row 2). Nothing was imported: check the file again to see what it would change now.",
  );
  expect(await submissionState(q.submissionId)).toEqual(afterColleague);
  expect((await homicides(q)).latestValue).toBe(55);
});

test("the DCC, the PCC's office, the PCC and the secretariat cannot download the template, check or import, over HTTP", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const q = await buildQuarter("force-written");
  const homicide = await homicides(q);
  const bytes = Buffer.from(
    [
      "Key,Name,Latest,Period start,Period end,No local data",
      `homicide-1,Homicides,${homicide.latestValue! + 1},Jan 2031,Dec 2031,No`,
    ].join("\r\n"),
  );
  const file = { name: "figures.csv", mimeType: CSV_TYPE, buffer: bytes };
  const expected = JSON.stringify({
    sha256: createHash("sha256").update(bytes).digest("hex"),
    versions: { "homicide-1": homicide.version },
  });
  const before = await submissionState(q.submissionId);

  for (const actor of [q.actors.dcc, q.actors.pccOffice, q.actors.pcc, q.actors.secretariat]) {
    await actAs(page, actor.email);
    for (const format of ["csv", "xlsx"]) {
      const template = await page.request.get(`${q.path}/import/template.${format}`);
      expect(template.status(), `${actor.name}: template.${format}`).toBe(404);
    }
    expect((await page.request.get(`${q.path}/import`)).status(), `${actor.name}: the import page`).toBe(404);
    const checked = await page.request.post(`${q.path}/import/check`, { multipart: { file } });
    expect(checked.status(), `${actor.name}: check`).toBe(403);
    expect(await checked.json()).toEqual({ ok: false, message: "You do not have permission to do that." });
    const saved = await page.request.post(`${q.path}/import/save`, { multipart: { file, expected } });
    expect(saved.status(), `${actor.name}: save`).toBe(403);
    expect(await saved.json()).toEqual({ ok: false, message: "You do not have permission to do that." });
  }
  expect(await submissionState(q.submissionId)).toEqual(before);

  // The same request from the analyst is accepted: the refusals above are the role's, not the request's.
  await actAs(page, q.actors.analyst.email);
  const accepted = await page.request.post(`${q.path}/import/save`, { multipart: { file, expected } });
  expect(await accepted.json()).toEqual({ ok: true, changeCount: 3, rowCount: 1 });
  expect((await homicides(q)).latestValue).toBe(homicide.latestValue! + 1);
});
