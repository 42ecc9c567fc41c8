import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { ALL_PARAGRAPHS } from "@/prisma/seed-data/reference-paper";
import { testDb } from "./fixtures/db";

const PAGE = "/quarters/2021-22-q3";
const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

async function expectWholePaper(page: Page) {
  const items = page.locator("li[data-paragraph]");
  await expect(items).toHaveCount(70);
  const numbers = await items.evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-paragraph"))));
  expect(numbers).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
  const texts = (await items.allInnerTexts()).map(normalise);
  expect(texts).toEqual(ALL_PARAGRAPHS.map(normalise));
}

test.describe("the demo quarter's public page", () => {
  test("carries the whole board paper: cover block, all 70 paragraphs in order, both statements and Appendix A", async ({ page }) => {
    const response = await page.goto(PAGE);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("National Policing Priorities and Police and Crime Plan Scorecard");
    const cover = page.getByRole("definition");
    await expect(cover.filter({ hasText: "Strategic Policing and Crime Board" })).toHaveCount(1);
    await expect(page.locator("[data-cover=agenda]")).toHaveText("7");
    await expect(cover.filter({ hasText: "22 February 2022" })).toHaveCount(1);
    await expect(cover.filter({ hasText: "Deputy Chief Constable Vanessa Jardine & Mark Kenyon" })).toHaveCount(1);
    await expect(page.locator("[data-published]")).toHaveText("14 February 2022");

    const h2 = await page.locator("main").getByRole("heading", { level: 2 }).allInnerTexts();
    expect(h2).toEqual([
      "Contents",
      "Purpose of paper",
      "National Policing Priorities – West Midlands Police Statement",
      "National Policing Priorities – West Midlands Police and Crime Commissioner Statement February 2022",
      "Reporting frequency",
      "Recommendations",
      "Appendix A – Police and Crime Plan KPI Scorecard",
      "Downloads",
    ]);
    await expect(page.getByRole("heading", { level: 3, name: "Measure: Reduce Murder and other homicide" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Fraud and cybercrime" })).toBeVisible();
    await expectWholePaper(page);

    // Appendix A: RAG in words as well as colour.
    const appendix = page.locator(".appendix");
    await expect(appendix.getByText("Green: on target").first()).toBeVisible();
    await expect(appendix.getByText("Amber: near target").first()).toBeVisible();
    await expect(appendix.getByText("Red: off target").first()).toBeVisible();
  });

  test("shows the figures in tables and charts: homicides 46 against 52 (12% reduction), burglary 19,018 against 28,675", async ({
    page,
  }) => {
    await page.goto(PAGE);
    const homicide = page.locator("[data-measure=homicide]");
    const row = homicide.getByRole("row", { name: /Homicides/ });
    await expect(row.getByRole("cell").nth(0)).toContainText("52");
    await expect(row.getByRole("cell").nth(1)).toContainText("46");
    await expect(row.getByRole("cell").nth(2)).toHaveText("−6");
    await expect(row.getByRole("cell").nth(3)).toHaveText("12% reduction");
    await expect(row.getByRole("cell").nth(4)).toHaveText("Better");
    const chart = homicide.locator("figure[data-chart=Homicides] svg");
    await expect(chart).toHaveAttribute("role", "img");
    await expect(chart.locator("desc")).toHaveText(
      /Homicides: 46 \(Jan–Dec 2021\) against 52 \(Year ending June 2019\), a 12% reduction\./,
    );
    await expect(chart.locator("text")).toContainText(["Year ending June 2019", "Latest (Jan–Dec 2021)"]);
    await expect(chart.locator("text", { hasText: /^46$/ })).toHaveCount(1);
    await expect(chart.locator("rect")).toHaveCount(2);

    const neighbourhood = page.locator("[data-measure=neighbourhood]");
    const burglary = neighbourhood.getByRole("row", { name: /Burglary/ });
    await expect(burglary.getByRole("cell").nth(0)).toContainText("28,675");
    await expect(burglary.getByRole("cell").nth(1)).toContainText("19,018");
    await expect(burglary.getByRole("cell").nth(3)).toHaveText("34% reduction");
    const burglaryChart = neighbourhood.locator("figure[data-chart='Burglary (police recorded)']");
    await expect(burglaryChart.locator("svg text", { hasText: /^19,018$/ })).toHaveCount(1);
    await expect(burglaryChart.locator("svg text", { hasText: /^28,675$/ })).toHaveCount(1);
    await expect(burglaryChart.locator("figcaption")).toContainText("a 34% reduction");
    // "No local data" is said, not forced into a number.
    await expect(neighbourhood.getByRole("row", { name: /Crime Survey/ })).toContainText("No local data.");
  });

  test("is complete with JavaScript disabled", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expectWholePaper(page);
    await expect(page.locator("figure[data-chart] svg")).toHaveCount(await page.locator("figure[data-chart]").count());
    expect(await page.locator("figure[data-chart]").count()).toBeGreaterThanOrEqual(6);
    await expect(page.locator(".appendix table")).toBeVisible();
    await context.close();
  });

  test("has no axe violations, and neither has the archive", async ({ page }) => {
    for (const path of [PAGE, "/"]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      expect(results.violations, path).toEqual([]);
    }
  });

  test("is served from the bytes stored at publication rather than rendered per request", async ({ request }) => {
    const stored = await testDb.publicArtifact.findUniqueOrThrow({ where: { path: PAGE }, select: { etag: true } });
    for (let i = 0; i < 2; i++) {
      const response = await request.get(PAGE, { headers: { "Accept-Encoding": "identity" } });
      expect(response.status()).toBe(200);
      expect(response.headers()["etag"]).toBe(stored.etag);
      expect(response.headers()["x-nextjs-cache"]).toBeUndefined();
    }
  });

  test("prints as a board paper: no site navigation, numbered paragraphs", async ({ page }) => {
    await page.goto(PAGE);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("link", { name: "The figures for this quarter" })).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.locator("li[data-paragraph='70']")).toBeVisible();
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  test("the archive lists the quarter with its publication date and links to it", async ({ page }) => {
    await page.goto("/");
    const link = page.getByRole("link", { name: /2021\/22 Q3: National Policing Priorities/ });
    await expect(link).toHaveAttribute("href", PAGE);
    await expect(page.getByText("Published 14 February 2022").first()).toBeVisible();
  });
});

test.describe("open data and feed", () => {
  test("data.csv is RFC 4180 CSV with a header row and one row per indicator", async ({ request }) => {
    const response = await request.get(`${PAGE}/data.csv`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    expect(response.headers()["content-type"]).toContain("charset=utf-8");
    const text = await response.text();
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(
      "force,quarter,edition,measure,indicator,unit,baseline_label,baseline_start,baseline_end,baseline_value,period_start,period_end,latest_period,latest_value,change,percent_change,better_or_worse,source,no_data_reason,proxy_used,comparison_label,comparison_value,change_measured_against",
    );
    expect(lines).toHaveLength(1 + 12);
    expect(lines).toContain(
      "West Midlands Police,2021-22-Q3,1,Reduce murder and other homicide,Homicides,count,Year ending June 2019,2018-07-01,2019-06-30,52,2021-01-01,2021-12-31,Jan–Dec 2021,46,-6,-11.5,better,Police recorded crime (Home Office),,,,,baseline",
    );
    expect(text).toContain(
      "Burglary (police recorded),count,Year ending June 2019,2018-07-01,2019-06-30,28675,2020-10-01,2021-09-30,Oct 2020–Sep 2021 (Latest Home Office statistics),19018,-9657,-33.7,better",
    );
  });

  test("data.json has the same fields plus the quarter's metadata and its KPIs", async ({ request }) => {
    const response = await request.get(`${PAGE}/data.json`);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = (await response.json()) as {
      quarter: Record<string, unknown>;
      figures: Record<string, unknown>[];
      kpis: Record<string, unknown>[];
    };
    expect(body.quarter).toMatchObject({
      slug: "2021-22-q3",
      force: "West Midlands Police",
      quarter: "2021-22-Q3",
      financialYear: "2021/22",
      quarterOfYear: 3,
      edition: 1,
      licence: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
      boardName: "Strategic Policing and Crime Board",
      meetingDate: "2022-02-22",
      agendaItem: "7",
    });
    expect(body.figures).toHaveLength(12);
    expect(body.figures[0]).toMatchObject({
      force: "West Midlands Police",
      quarter: "2021-22-Q3",
      edition: 1,
      measure: "Reduce murder and other homicide",
      indicator: "Homicides",
      baseline_value: 52,
      latest_value: 46,
      change: -6,
      percent_change: -11.5,
      better_or_worse: "better",
    });
    expect(body.kpis).toHaveLength(5);
    expect(body.kpis[0]).toMatchObject({
      force: "West Midlands Police",
      quarter: "2021-22-Q3",
      edition: 1,
      kpi: "999 calls answered within 10 seconds",
    });
  });

  test("the Atom feed lists the publication", async ({ request }) => {
    const response = await request.get("/feed.xml");
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">');
    // People's words go out as text, never as HTML a feed reader would run.
    expect(xml).toContain('<title type="text">2021/22 Q3: National Policing Priorities and Police and Crime Plan Scorecard</title>');
    expect(xml).not.toContain('type="html"');
    expect(xml).toContain("2021/22 Q3: National Policing Priorities and Police and Crime Plan Scorecard");
    expect(xml).toContain("/quarters/2021-22-q3");
    // The entry says what was published, not just "Published.".
    expect(xml).toContain(
      "The 2021/22 Q3 statement was published for the Strategic Policing and Crime Board on 22 February 2022. It covers 6 national measures in 70 numbered paragraphs",
    );
  });
});
