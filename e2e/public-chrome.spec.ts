// The organisation on every public page (issue 13): header, tab titles, footer with the
// accessibility statement, licence, contact and privacy notice; the quarter page's contents,
// "From:" line and downloads; and phones: nothing wider than the screen at 320 and 390 px,
// wide tables in labelled scroll regions a keyboard can reach.
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const PAGE = "/quarters/2021-22-q3";
const PAGES = ["/", PAGE, "/measures", "/measures/neighbourhood", "/data", "/accessibility"];
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

test("every public page names the organisation in its header and tab title, and has the footer", async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByRole("banner").getByRole("link", { name: "West Midlands Police and Crime Commissioner" }), path).toBeVisible();
    await expect(page, path).toHaveTitle(/ — West Midlands Police and Crime Commissioner$/);
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByRole("link", { name: "Accessibility statement" }), path).toHaveAttribute("href", "/accessibility");
    await expect(footer.getByRole("link", { name: "Privacy notice" }), path).toHaveAttribute(
      "href",
      "https://www.example.org/privacy-notice",
    );
    await expect(footer.getByRole("link", { name: "enquiries@example.org" }), path).toHaveAttribute("href", "mailto:enquiries@example.org");
    await expect(footer.getByRole("link", { name: "Open Government Licence v3.0" }), path).toHaveAttribute(
      "href",
      "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    );
  }
  await page.goto(PAGE);
  await expect(page).toHaveTitle("2021/22 Q3 — National Policing Priorities statement — West Midlands Police and Crime Commissioner");
});

test("the accessibility statement page shows the statement and how to get in touch, and is axe-clean", async ({ page }) => {
  await page.goto("/accessibility");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
  await expect(page.locator("[data-statement]")).toContainText("Web Content Accessibility Guidelines version 2.2 AA");
  await expect(page.getByRole("main").getByRole("link", { name: "enquiries@example.org" })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations).toEqual([]);
});

test("the quarter page has a contents list, says who it is from, and offers each download with its format and size", async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator("[data-from]")).toHaveText("West Midlands Police and West Midlands Police and Crime Commissioner");
  const contents = page.getByRole("navigation", { name: "Contents" });
  for (const [name, target] of [
    ["Purpose of paper", null],
    ["Force statement", "#force-statement"],
    ["Police and Crime Commissioner's statement", "#pcc-statement"],
    ["Appendix A – Police and Crime Plan KPI Scorecard", "#appendix-a"],
    ["Downloads", "#downloads"],
  ] as const) {
    const link = contents.getByRole("link", { name });
    await expect(link).toBeVisible();
    const href = (await link.getAttribute("href"))!;
    if (target) expect(href).toBe(target);
    await expect(page.locator(href)).toHaveCount(1);
  }
  const downloads = page.locator("[data-download]");
  await expect(downloads).toHaveCount(4);
  for (const text of await downloads.allInnerTexts()) expect(text).toMatch(/\((PDF|Word document|CSV|JSON), \d+ (KB|bytes)\)$/);
});

/** Pages must not scroll sideways: anything wider is inside a scroll region of its own. */
async function expectNoHorizontalOverflow(page: Page, path: string) {
  const widths = await page.evaluate(() => ({
    doc: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    view: window.innerWidth,
  }));
  expect(widths.doc, `${path} is wider than the screen`).toBeLessThanOrEqual(widths.view);
  expect(widths.body, `${path} body is wider than the screen`).toBeLessThanOrEqual(widths.view);
}

for (const width of [320, 390]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });

    test("no public page scrolls sideways, with or without JavaScript", async ({ page, browser }) => {
      for (const path of PAGES) {
        await page.goto(path);
        await expectNoHorizontalOverflow(page, path);
      }
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
      const noScript = await context.newPage();
      await noScript.goto(PAGE);
      await expectNoHorizontalOverflow(noScript, `${PAGE} without JavaScript`);
      await context.close();
    });

    test("wide tables are labelled scroll regions a keyboard reaches, and Appendix A's status column can be scrolled into view", async ({
      page,
    }) => {
      await page.goto(PAGE);
      const regions = page.locator('div[role="region"]').filter({ has: page.locator("table") });
      expect(await regions.count()).toBeGreaterThanOrEqual(7);
      for (const region of await regions.all()) {
        await expect(region).toHaveAttribute("tabindex", "0");
        expect(await region.getAttribute("aria-label")).toBeTruthy();
      }
      const appendix = page.getByRole("region", { name: "Police and Crime Plan key performance indicators, with status against target" });
      await appendix.focus();
      await expect(appendix).toBeFocused();
      const status = appendix.getByText("Green: on target").first();
      // Scrolled with the keyboard, as a person without a mouse would.
      for (let i = 0; i < 40 && !(await status.evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth)); i++)
        await page.keyboard.press("ArrowRight");
      const box = (await status.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations).toEqual([]);
    });
  });
}
