// Trends across quarters and open data that can be combined (issue 13): three published
// quarters side by side on the measure's page, the previous quarter beside each figure and
// KPI, and the all-quarters files described by a valid Frictionless data package.
import fs from "node:fs";
import path from "node:path";
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import Ajv from "ajv-draft-04";
import { buildQuarter, type BuiltQuarter } from "./fixtures/quarters";
import { testDb } from "./fixtures/db";
import { signIn } from "./fixtures/auth";
import { quarterLabel } from "@/lib/quarters";
import { quarterCode } from "@/lib/trends/history";

// Homicides is the first indicator (position 0): the fixture enters 100 + offset.
const OFFSETS = [30, 12, 21];

/** A financial year none of whose first three quarters exists yet. */
async function freeYear() {
  for (let attempt = 0; attempt < 50; attempt++) {
    const fyStart = 2030 + Math.floor(Math.random() * 61);
    if ((await testDb.quarter.count({ where: { fyStart, quarter: { in: [1, 2, 3] } } })) === 0) return fyStart;
  }
  throw new Error("No free year");
}

let quarters: BuiltQuarter[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const fyStart = await freeYear();
  quarters = [];
  for (const [i, offset] of OFFSETS.entries())
    quarters.push(
      await buildQuarter("published", {
        at: { fyStart, quarter: (i + 1) as 1 | 2 | 3 },
        valueOffset: offset,
        kpiActual: 80 + i * 5 - (i === 2 ? 15 : 0),
      }),
    );
});

const label = (q: BuiltQuarter) => quarterLabel(q.fyStart, q.quarter);

test("the measure's trend page shows its indicators in each of the three published quarters, as a chart and a table", async ({ page }) => {
  await page.goto("/measures/homicide");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reduce murder and other homicide");
  await expect(page).toHaveTitle("Reduce murder and other homicide — Trends — West Midlands Police and Crime Commissioner");
  const table = page.locator("table[data-trend-table=Homicides]");
  for (const [i, q] of quarters.entries()) {
    const row = table.locator(`tr[data-quarter="${q.slug}"]`);
    await expect(row.getByRole("rowheader")).toHaveText(label(q));
    await expect(row.getByRole("link", { name: label(q) })).toHaveAttribute("href", `/quarters/${q.slug}`);
    await expect(row.getByRole("cell").first()).toHaveText(String(100 + OFFSETS[i]!));
  }
  // The rows are in time order.
  const slugs = await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-quarter")));
  expect(slugs.filter((s) => quarters.some((q) => q.slug === s))).toEqual(quarters.map((q) => q.slug));
  const chart = page.locator("figure[data-trend-chart=Homicides] svg");
  await expect(chart).toHaveAttribute("role", "img");
  for (const [i, q] of quarters.entries()) {
    await expect(chart.locator("text", { hasText: new RegExp(`^${label(q).replace("/", "\\/")}$`) })).toHaveCount(1);
    await expect(chart.locator("desc")).toContainText(`${100 + OFFSETS[i]!} in ${label(q)}`);
  }
  await expect(chart.locator("desc")).toContainText("The baseline (Year ending June 2019) is 52.");
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(results.violations).toEqual([]);
});

test("each quarter page shows the previous quarter's value beside this quarter's, links to the trend, and Appendix A shows the previous quarter and the direction", async ({
  page,
}) => {
  const [first, second, third] = quarters as [BuiltQuarter, BuiltQuarter, BuiltQuarter];
  await page.goto(`/quarters/${third.slug}`);
  const homicide = page.locator("[data-measure=homicide]");
  const row = homicide.getByRole("row", { name: /Homicides/ });
  await expect(row.getByRole("cell").nth(1)).toContainText(String(100 + OFFSETS[2]!));
  await expect(row.locator("[data-previous]")).toHaveText(`Previous quarter (${label(second)}): ${100 + OFFSETS[1]!}`);
  await expect(homicide.getByRole("link", { name: /every published quarter \(trend\)/ })).toHaveAttribute("href", "/measures/homicide");

  const appendix = page.locator(".appendix");
  await expect(appendix.getByRole("columnheader", { name: `Previous quarter (${label(second)})` })).toBeVisible();
  const kpi = appendix.locator("tr[data-kpi]").first();
  // 85% last quarter, 75% now; the demo KPIs are higher-is-better.
  await expect(kpi.locator("[data-previous]")).toHaveText("85%");
  await expect(kpi.locator("[data-direction]")).toHaveText("↓ Down, worse");
  await expect(kpi.locator("[data-direction] [aria-hidden=true]")).toHaveText("↓");

  await page.goto(`/quarters/${second.slug}`);
  await expect(page.locator("[data-measure=homicide] [data-previous]").first()).toHaveText(
    `Previous quarter (${label(first)}): ${100 + OFFSETS[0]!}`,
  );
  await expect(page.locator(".appendix tr[data-kpi] [data-direction]").first()).toHaveText("↑ Up, better");
  // The first has no earlier published quarter in its year: it shows none from these three.
  await page.goto(`/quarters/${first.slug}`);
  await expect(page.locator("[data-measure=homicide] [data-previous]")).not.toContainText(label(second));
});

test("the intranet shows the published trend beside the figure entry form", async ({ page }) => {
  const draft = await buildQuarter("created");
  await signIn(page, draft.actors.analyst.email);
  await page.goto(`${draft.path}/figures/homicide`);
  const trend = page.locator("[data-trend]");
  await expect(trend.getByRole("heading", { name: "Published quarters" })).toBeVisible();
  for (const [i, q] of quarters.entries())
    await expect(trend.locator(`tr[data-quarter="${q.slug}"]`).getByRole("cell").first()).toHaveText(String(100 + OFFSETS[i]!));
  // Its own, unpublished quarter is not in it.
  await expect(trend.locator(`tr[data-quarter="${draft.slug}"]`)).toHaveCount(0);
});

type DataPackage = {
  profile: string;
  licenses: { name: string; path: string }[];
  resources: {
    name: string;
    path: string;
    profile: string;
    format: string;
    bytes: number;
    schema?: { fields: { name: string; type: string; constraints?: { required?: boolean; enum?: string[]; pattern?: string } }[] };
  }[];
};

function parseCsv(text: string) {
  // The files are RFC 4180; these fixture rows hold no quotes, commas or newlines inside fields.
  return text
    .split("\r\n")
    .filter(Boolean)
    .map((line) => line.split(","));
}

test("all-quarters files carry force, quarter and edition on every row, with KPIs in each quarter's JSON", async ({ request }) => {
  const csv = parseCsv(await (await request.get("/data/figures.csv")).text());
  const [header, ...rows] = csv;
  expect(header!.slice(0, 3)).toEqual(["force", "quarter", "edition"]);
  for (const [i, q] of quarters.entries()) {
    const homicides = rows.find((r) => r[1] === quarterCode(q) && r[4] === "Homicides");
    expect(homicides, quarterCode(q)).toBeDefined();
    expect(homicides![0]).toBe("West Midlands Police");
    expect(homicides![2]).toBe("1");
    expect(homicides![header!.indexOf("latest_value")]).toBe(String(100 + OFFSETS[i]!));
    // Periods are real dates: the fixture enters Jan–Dec 2030 against the national baseline.
    const cell = (name: string) => homicides![header!.indexOf(name)];
    expect([cell("period_start"), cell("period_end"), cell("latest_period")]).toEqual(["2030-01-01", "2030-12-31", "Jan–Dec 2030"]);
    expect([cell("baseline_start"), cell("baseline_end")]).toEqual(["2018-07-01", "2019-06-30"]);
  }
  expect(rows.some((r) => r[1] === "2021-22-Q3")).toBe(true);

  const kpis = parseCsv(await (await request.get("/data/kpis.csv")).text());
  expect(kpis[0]!.slice(0, 4)).toEqual(["force", "quarter", "edition", "kpi"]);
  expect(kpis.filter((r) => r[1] === quarterCode(quarters[2]!)).every((r) => r[kpis[0]!.indexOf("actual")] === "75")).toBe(true);
  const kpiRow = kpis.find((r) => r[1] === quarterCode(quarters[2]!))!;
  expect([kpiRow[kpis[0]!.indexOf("period_start")], kpiRow[kpis[0]!.indexOf("period_end")]]).toEqual(["2030-01-01", "2030-12-31"]);

  const all = (await (await request.get("/data/figures.json")).json()) as {
    quarters: { quarter: string }[];
    figures: { quarter: string }[];
    kpis: { quarter: string }[];
  };
  for (const q of quarters) {
    expect(all.quarters.map((x) => x.quarter)).toContain(quarterCode(q));
    expect(all.kpis.some((k) => k.quarter === quarterCode(q))).toBe(true);
  }
  const one = (await (await request.get(`/quarters/${quarters[0]!.slug}/data.json`)).json()) as {
    kpis: { quarter: string; actual: number }[];
  };
  expect(one.kpis.length).toBeGreaterThan(0);
  expect(one.kpis.every((k) => k.quarter === quarterCode(quarters[0]!) && k.actual === 80)).toBe(true);
});

test("datapackage.json is a valid Frictionless data package describing every file and column, and the files match it", async ({
  request,
  page,
}) => {
  const pkg = (await (await request.get("/data/datapackage.json")).json()) as DataPackage;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const schema = (name: string) =>
    JSON.parse(fs.readFileSync(path.join(__dirname, "..", "tests", "fixtures", "frictionless", `${name}.json`), "utf8"));
  const validate = (profile: string, value: unknown) => {
    const check = ajv.compile(schema(profile));
    expect(check(value), `${profile}: ${JSON.stringify(check.errors)}`).toBe(true);
  };
  validate("data-package", pkg);
  for (const resource of pkg.resources) validate(resource.profile, resource);
  expect(pkg.licenses[0]).toMatchObject({ name: "OGL-UK-3.0" });

  const base = new URL(test.info().project.use.baseURL!).origin;
  for (const resource of pkg.resources) {
    const file = await request.get(resource.path.replace(/^https?:\/\/[^/]+/, base));
    expect(file.status(), resource.path).toBe(200);
    expect((await file.body()).length, `${resource.name} bytes`).toBe(resource.bytes);
    if (!resource.schema) continue;
    const [header, ...rows] = parseCsv(await file.text());
    const fields = resource.schema.fields;
    expect(header).toEqual(fields.map((f) => f.name));
    // Every value of these quarters' rows fits its field's type and constraints.
    for (const row of rows.filter((r) => quarters.some((q) => r[1] === quarterCode(q))))
      fields.forEach((f, i) => {
        const value = row[i]!;
        if (value === "") return expect(f.constraints?.required, `${f.name} is required`).not.toBe(true);
        if (f.type === "integer") expect(value, f.name).toMatch(/^-?\d+$/);
        if (f.type === "number") expect(Number.isFinite(Number(value)), `${f.name}: ${value}`).toBe(true);
        if (f.constraints?.enum) expect(f.constraints.enum, f.name).toContain(value);
        if (f.constraints?.pattern) expect(value, f.name).toMatch(new RegExp(f.constraints.pattern));
      });
  }

  // The human page explains every column.
  await page.goto("/data");
  for (const resource of pkg.resources.filter((r) => r.schema))
    for (const f of resource.schema!.fields) await expect(page.locator(`tr[data-column="${f.name}"]`).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Open Government Licence v3.0" }).first()).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(results.violations).toEqual([]);
});
