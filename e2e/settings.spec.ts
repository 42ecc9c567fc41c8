// The organisation's settings (issue 13): an administrator's page, stored in the database,
// with the environment's values until saved; saving regenerates every public page, the feed
// and the documents with them. The logo is a size-checked PNG or a sanitised SVG. Nobody else
// can change them. Every test puts the environment's settings back, since the whole site shows them.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";
import { callServerAction } from "./fixtures/server-action";
import { pdfText } from "./fixtures/documents";
import { awaitPublicSite } from "@/server/public-site/await-public-site";

// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const HOSTILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10" fill="#fff"/><foreignObject><p>x</p></foreignObject><a href="javascript:alert(3)"><circle r="2"/></a></svg>`;

async function restoreEnvironmentSettings() {
  await testDb.$transaction([testDb.organisationSettings.deleteMany({}), testDb.publicSiteChange.create({ data: { slug: null } })]);
  expect(await awaitPublicSite({ timeoutMs: 90_000 })).toBe(true);
}

test.afterEach(restoreEnvironmentSettings);
// Each save regenerates the whole public site, every published quarter's documents included.
test.describe.configure({ timeout: 180_000 });

test("an administrator changes the organisation's names, contact and statement; every public page, the feed and the PDF show them", async ({
  page,
  request,
}) => {
  await signIn(page, "admin@example.org");
  await page.goto("/app/settings");
  await expect(page.getByLabel("Force name")).toHaveValue("West Midlands Police");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Bad input: the message is beside the field and nothing is saved.
  await page.getByLabel("Contact email address").fill("not an email");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Enter an email address, like enquiries@example.org")).toBeVisible();
  expect(await testDb.organisationSettings.count()).toBe(0);

  await page.getByLabel("Force name").fill("Testshire Police");
  await page.getByLabel("Police and Crime Commissioner (or mayor)").fill("Testshire Police and Crime Commissioner");
  await page.getByLabel("Contact email address").fill("hello@testshire.example");
  await page.getByLabel("Privacy notice web address").fill("https://testshire.example/privacy");
  await page.getByLabel("Accessibility statement").fill("Testshire's statement, first paragraph.\n\nSecond paragraph.");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved. The public site now shows these settings.")).toBeVisible({ timeout: 60_000 });
  expect(await testDb.auditEvent.count({ where: { action: "settings.update" } })).toBeGreaterThan(0);

  // Live as soon as the save returns: the whole site was regenerated.
  const quarter = await request.get("/quarters/2021-22-q3");
  const html = await quarter.text();
  expect(html).toContain("<title>2021/22 Q3 — National Policing Priorities statement — Testshire Police and Crime Commissioner</title>");
  expect(html).toContain("National Policing Priorities – Testshire Police Statement");
  expect(html).toContain('href="mailto:hello@testshire.example"');
  expect(html).toContain('href="https://testshire.example/privacy"');
  expect(await (await request.get("/accessibility")).text()).toContain('<p class="whitespace-pre-line">Second paragraph.</p>');
  expect(await (await request.get("/feed.xml")).text()).toContain("Testshire Police and Testshire Police and Crime Commissioner");
  expect(await (await request.get("/data/figures.csv")).text()).toContain("\r\nTestshire Police,2021-22-Q3,1,");
  const pdf = pdfText(Buffer.from(await (await request.get("/quarters/2021-22-q3/board-paper.pdf")).body()));
  expect(pdf).toContain("Testshire Police and Crime Commissioner");
  expect(pdf).toContain("National Policing Priorities – Testshire Police Statement");

  // A second save from the same (now stale) form version is refused, not lost silently.
  const stale = await callServerAction(page.request, "saveOrganisationAction", "/app/settings", {
    version: 0,
    force: "Other",
    pcc: "Other PCC",
    board: "Board",
    contactEmail: "a@b.example",
    privacyUrl: "https://b.example/p",
    accessibilityStatement: "x",
  });
  expect(stale).toMatchObject({ ok: false });
  expect((await testDb.organisationSettings.findUniqueOrThrow({ where: { id: 1 } })).forceName).toBe("Testshire Police");
});

test("the logo: a PNG is stored and shown in the header; an SVG is sanitised; wrong or oversized files are refused beside the field", async ({
  page,
  request,
}) => {
  await signIn(page, "admin@example.org");
  await page.goto("/app/settings");
  const file = page.getByLabel("Logo file");

  await file.setInputFiles({ name: "big.png", mimeType: "image/png", buffer: Buffer.alloc(300 * 1024, 1) });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByText("The logo must be 200 KB or smaller")).toBeVisible();

  await file.setInputFiles({ name: "fake.png", mimeType: "image/png", buffer: Buffer.from("not a png at all") });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.locator("#f-logo-error")).toHaveText("Error: The file is not a PNG image");
  expect(await testDb.organisationSettings.count()).toBe(0);

  await file.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByText("Logo saved (PNG).")).toBeVisible({ timeout: 60_000 });
  const home = await (await request.get("/")).text();
  const png = /<img src="(\/assets\/logo\.[0-9a-f]{16}\.png)" alt=""/.exec(home)?.[1];
  expect(png).toBeTruthy();
  const served = await request.get(png!);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(Buffer.from(await served.body()).equals(PNG)).toBe(true);
  // Named by its content: cached for good.
  expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");

  await file.setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(HOSTILE_SVG) });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByText("Logo saved (SVG).")).toBeVisible({ timeout: 60_000 });
  const stored = await testDb.organisationSettings.findUniqueOrThrow({ where: { id: 1 } });
  const svg = Buffer.from(stored.logo!).toString();
  expect(stored.logoType).toBe("image/svg+xml");
  expect(svg).toContain("<rect");
  for (const bad of ["<script", "onload", "foreignObject", "javascript:"]) expect(svg).not.toContain(bad);
  const svgPath = /<img src="(\/assets\/logo\.[0-9a-f]{16}\.svg)"/.exec(await (await request.get("/")).text())?.[1];
  expect(await (await request.get(svgPath!)).text()).toBe(svg);
  // The PNG before it is no longer stored.
  expect((await request.get(png!)).status()).toBe(404);

  await page.getByRole("button", { name: "Remove the logo" }).click();
  await expect(page.getByText("Logo removed.")).toBeVisible({ timeout: 60_000 });
  expect(await (await request.get("/")).text()).not.toContain("/assets/logo.");
});

test("nobody but an administrator can see the settings or change them", async ({ page }) => {
  await signIn(page, "secretariat@example.org");
  expect((await page.goto("/app/settings"))?.status()).toBe(404);
  const before = await testDb.publicSiteChange.count();
  for (const [name, input] of [
    [
      "saveOrganisationAction",
      {
        version: 0,
        force: "Hijacked",
        pcc: "Hijacked",
        board: "B",
        contactEmail: "a@b.example",
        privacyUrl: "https://b.example",
        accessibilityStatement: "x",
      },
    ],
    ["saveLogoAction", { logo: { type: "image/png", base64: PNG.toString("base64") } }],
  ] as const) {
    const result = await callServerAction(page.request, name, "/app/settings", input);
    expect(result, name).toMatchObject({ ok: false, message: "You do not have permission to do that." });
  }
  expect(await testDb.organisationSettings.count()).toBe(0);
  expect(await testDb.publicSiteChange.count()).toBe(before);
});
