import { test, expect, type Page } from "@playwright/test";
import { signIn } from "./fixtures/auth";
import { testDb, uniqueId } from "./fixtures/db";
import { callServerAction } from "./fixtures/server-action";
import { buildQuarter } from "./fixtures/quarters";

// The measure framework (Measures and KPIs), edited by the secretariat. A new quarter copies
// the definitions; quarters already created keep what they copied.

const SECRETARIAT = "secretariat@example.org";
const ANALYST = "analyst@example.org";
const FORBIDDEN = "You do not have permission to do that.";
// The indicator goes under a measure no other spec reads figure by figure.
const MEASURE = { key: "cyber", name: "Tackle cyber crime" };

async function actAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

async function saveIndicatorForm(page: Page) {
  await page.getByRole("button", { name: "Save indicator" }).click();
  await expect(page).toHaveURL(/\/app\/framework$/);
}

async function figureFor(submissionId: string, indicatorId: string) {
  return testDb.figure.findFirstOrThrow({
    where: { submissionId, indicatorId },
    select: { name: true, baselineValue: true, baselineLabel: true, unit: true },
  });
}

test.describe("the measure framework", () => {
  let indicatorId: string | undefined;

  // Other specs build quarters too: whatever happens here, leave the new indicator retired.
  test.afterEach(async () => {
    if (indicatorId) await testDb.indicator.updateMany({ where: { id: indicatorId, active: true }, data: { active: false } });
  });

  test("an indicator's baseline reaches new quarters only; quarters already created keep theirs", async ({ page }) => {
    test.setTimeout(120_000);
    const name = `Test indicator ${uniqueId("ind")}`;
    const measure = await testDb.measure.findUniqueOrThrow({ where: { key: MEASURE.key } });

    await test.step("the secretariat adds an indicator with baseline 100", async () => {
      await actAs(page, SECRETARIAT);
      await page.goto("/app/framework");
      await page.getByRole("link", { name: `Add an indicator to ${MEASURE.name}` }).click();
      await expect(page).toHaveURL(new RegExp(`/app/framework/indicators/new\\?measure=${measure.id}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add an indicator");
      await page.getByLabel("Name", { exact: true }).fill(name);
      await page.getByLabel("Unit", { exact: true }).selectOption("COUNT");
      await page.getByLabel("Baseline value").fill("100");
      await page.getByLabel("Source", { exact: true }).fill("Force records (test)");
      await saveIndicatorForm(page);
      const row = page.locator(`tr[data-indicator='${name}']`);
      await expect(row).toContainText("100 (Year ending June 2019)");
      await expect(row).toContainText("In use");
      const stored = await testDb.indicator.findFirstOrThrow({ where: { name } });
      indicatorId = stored.id;
      expect(stored).toMatchObject({ measureId: measure.id, unit: "COUNT", baselineValue: 100, active: true, version: 1 });
      expect(await testDb.auditEvent.count({ where: { entityId: stored.id, action: "framework.indicator.create" } })).toBe(1);
    });

    const before = await buildQuarter("created");
    await test.step("a quarter created now copies baseline 100", async () => {
      expect(await figureFor(before.submissionId, indicatorId!)).toEqual({
        name,
        baselineValue: 100,
        baselineLabel: "Year ending June 2019",
        unit: "COUNT",
      });
    });

    await test.step("text that is not a number is refused beside the field and saves nothing", async () => {
      await page.goto("/app/framework");
      await page.getByRole("link", { name: `Edit ${name}` }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit ${name}`);
      const baseline = page.getByLabel("Baseline value");
      await expect(baseline).toHaveValue("100");
      await baseline.fill("abc");
      await page.getByRole("button", { name: "Save indicator" }).click();
      await expect(baseline).toHaveAttribute("aria-invalid", "true");
      await expect(baseline).toHaveAccessibleDescription(/Enter a number, like 46 or 19,018/);
      await expect(baseline).toHaveValue("abc");
      await expect(page).toHaveURL(new RegExp(`/app/framework/indicators/${indicatorId}$`));
      expect(await testDb.indicator.findUniqueOrThrow({ where: { id: indicatorId! } })).toMatchObject({ baselineValue: 100, version: 1 });
    });

    await test.step("the secretariat changes the baseline to 200", async () => {
      await page.getByLabel("Baseline value").fill("200");
      await saveIndicatorForm(page);
      await expect(page.locator(`tr[data-indicator='${name}']`)).toContainText("200 (Year ending June 2019)");
      expect(await testDb.indicator.findUniqueOrThrow({ where: { id: indicatorId! } })).toMatchObject({ baselineValue: 200, version: 2 });
    });

    await test.step("the existing quarter still says 100; a new quarter gets 200", async () => {
      expect((await figureFor(before.submissionId, indicatorId!)).baselineValue).toBe(100);
      const after = await buildQuarter("created");
      expect((await figureFor(after.submissionId, indicatorId!)).baselineValue).toBe(200);
      // The existing quarter's own page shows the baseline it copied.
      await page.goto(`${before.path}/review/force`);
      const row = page.getByRole("table", { name: MEASURE.name }).getByRole("row", { name: new RegExp(name) });
      await expect(row.getByRole("cell").nth(0)).toHaveText(/^100\s*Year ending June 2019$/);
    });

    await test.step("the secretariat retires the indicator, and quarters created afterwards leave it out", async () => {
      await page.goto(`/app/framework/indicators/${indicatorId}`);
      await page.getByLabel("In use").uncheck();
      await saveIndicatorForm(page);
      await expect(page.locator(`tr[data-indicator='${name}']`)).toContainText("Retired");
      expect((await testDb.indicator.findUniqueOrThrow({ where: { id: indicatorId! } })).active).toBe(false);
      const later = await buildQuarter("created");
      expect(await testDb.figure.count({ where: { submissionId: later.submissionId, indicatorId: indicatorId! } })).toBe(0);
      expect((await figureFor(before.submissionId, indicatorId!)).baselineValue).toBe(100);
    });
  });

  test("a KPI whose amber threshold is on the wrong side of green is refused beside the field", async ({ page }) => {
    const name = `Test KPI ${uniqueId("kpi")}`;
    const kpisBefore = await testDb.kpi.count();
    await actAs(page, SECRETARIAT);
    await page.goto("/app/framework");
    await page.getByRole("link", { name: "Add a KPI" }).click();
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Which direction is better").selectOption("HIGHER_IS_BETTER");
    await page.getByLabel("Target", { exact: true }).fill("80");
    await page.getByLabel("Green when at least as good as").fill("80");
    const amber = page.getByLabel("Amber when at least as good as");
    await amber.fill("90");
    await page.getByRole("button", { name: "Save KPI" }).click();
    await expect(amber).toHaveAttribute("aria-invalid", "true");
    await expect(amber).toHaveAccessibleDescription(/For higher-is-better KPIs the amber threshold must be at most the green one/);
    await expect(amber).toHaveValue("90");
    await expect(page).toHaveURL(/\/app\/framework\/kpis\/new$/);

    // The server refuses it too, whatever the browser does.
    const refused = await callServerAction(page.request, "saveKpiAction", "/app/framework/kpis/new", {
      id: "",
      version: 0,
      name,
      unit: "PERCENTAGE",
      betterWhen: "HIGHER_IS_BETTER",
      target: "80",
      greenThreshold: "80",
      amberThreshold: "90",
      active: true,
    });
    expect(refused.ok).toBe(false);
    expect((refused as { fieldErrors?: Record<string, string[]> }).fieldErrors?.["amberThreshold"]).toEqual([
      "For higher-is-better KPIs the amber threshold must be at most the green one",
    ]);
    expect(await testDb.kpi.count({ where: { name } })).toBe(0);
    expect(await testDb.kpi.count()).toBe(kpisBefore);
  });

  test("an ANALYST cannot see the framework pages, and the server refuses their save", async ({ page }) => {
    const homicides = await testDb.indicator.findFirstOrThrow({ where: { name: "Homicides" } });
    await actAs(page, ANALYST);
    for (const path of ["/app/framework", `/app/framework/indicators/${homicides.id}`, "/app/framework/kpis/new"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    const result = await callServerAction(page.request, "saveIndicatorAction", "/app/framework", {
      id: homicides.id,
      measureId: homicides.measureId,
      version: homicides.version,
      name: homicides.name,
      unit: homicides.unit,
      betterWhen: homicides.betterWhen,
      baselineLabel: homicides.baselineLabel,
      baselineStart: { month: "7", year: "2018" },
      baselineEnd: { month: "6", year: "2019" },
      baselineValue: "60",
      source: homicides.source,
      active: homicides.active,
    });
    expect(result).toMatchObject({ ok: false, message: FORBIDDEN });
    expect(await testDb.indicator.findUniqueOrThrow({ where: { id: homicides.id } })).toEqual(homicides);
    expect(await testDb.auditEvent.count({ where: { entityId: homicides.id, action: { startsWith: "framework." } } })).toBe(0);
  });
});
