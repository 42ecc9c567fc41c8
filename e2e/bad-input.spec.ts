import { test, expect, type Page } from "@playwright/test";
import { signIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";
import { actionId, callServerAction } from "./fixtures/server-action";
import { buildQuarter, type BuiltQuarter } from "./fixtures/quarters";
import { serverLogMark } from "./fixtures/server-log";

// Bad input gets a clear answer and saves nothing; none of it may reach the log as an
// unhandled error (Next prints those with "⨯").

const UNHANDLED = /⨯|Unhandled|digest/;

async function paragraphs(sectionId: string) {
  return (await testDb.paragraph.findMany({ where: { sectionId }, orderBy: { position: "asc" } })).map((p) => p.text);
}

function postAction(page: Page, q: BuiltQuarter, name: string, body: string, contentType = "text/plain;charset=UTF-8") {
  return page.request.post(q.path, {
    headers: { "Next-Action": actionId(name), "Content-Type": contentType, Accept: "text/x-component" },
    data: body,
    maxRedirects: 0,
  });
}

test.describe("bad input to server actions", () => {
  let q: BuiltQuarter;
  let sectionId: string;

  test.beforeEach(async ({ page }) => {
    q = await buildQuarter("created");
    sectionId = q.sections.measures["homicide"]!;
    await signIn(page, q.actors.analyst.email);
  });

  test("a body over the 1 MB limit is answered 413 with what to do, and nothing is saved or logged", async ({ page }) => {
    const before = await paragraphs(sectionId);
    const log = serverLogMark();
    const input = { sectionId, version: 1, heading: "Homicide", covers: [], paragraphs: [{ text: "x".repeat(1.5 * 1024 * 1024) }] };
    const response = await postAction(page, q, "saveSectionAction", JSON.stringify([input]));
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain("too large to save");
    expect(await paragraphs(sectionId)).toEqual(before);
    expect(log.since()).not.toMatch(UNHANDLED);
  });

  test("a body that is not JSON, or is nested 100,000 deep, is answered 400; other content types 415", async ({ page }) => {
    const log = serverLogMark();
    const junk = await postAction(page, q, "saveSectionAction", "not json at all {{{");
    expect(junk.status()).toBe(400);
    expect(await junk.text()).toContain("not valid JSON");
    const nested = await postAction(page, q, "saveSectionAction", "[".repeat(100_000) + "]".repeat(100_000));
    expect(nested.status()).toBe(400);
    expect(await nested.text()).toContain("nested too deeply");
    const multipart = await postAction(page, q, "saveSectionAction", "--x\r\n\r\n--x--", "multipart/form-data; boundary=x");
    expect(multipart.status()).toBe(415);
    expect(log.since()).not.toMatch(UNHANDLED);
  });

  test("text with a lone surrogate is refused beside its field, and nothing is saved", async ({ page }) => {
    const before = await paragraphs(sectionId);
    const log = serverLogMark();
    const result = await callServerAction(page.request, "saveSectionAction", q.path, {
      sectionId,
      version: 1,
      heading: "Homicide",
      covers: [],
      paragraphs: [{ text: "Fine." }, { text: "Broken \ud800 emoji." }],
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { "paragraphs.1.text": [expect.stringContaining("cannot be saved")] } });
    expect(await paragraphs(sectionId)).toEqual(before);
    expect(log.since()).not.toMatch(UNHANDLED);
  });

  test("when the server refuses a request from a form, the form says so and keeps what was typed", async ({ page }) => {
    await page.goto(`${q.path}/sections/${sectionId}`);
    const typed = `Typed before the refusal (${q.marker}).`;
    // The section starts with last quarter's text, or empty when there was none.
    if ((await page.getByLabel("Paragraph 1", { exact: true }).count()) === 0)
      await page.getByRole("button", { name: "Add a paragraph" }).click();
    await page.getByLabel("Paragraph 1", { exact: true }).fill(typed);
    // Inflate the real request past the limit on its way out, so the real proxy refuses it.
    await page.route(`**${q.path}/sections/${sectionId}`, async (route) => {
      const request = route.request();
      if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
      await route.continue({ postData: (request.postData() ?? "").replace(typed, typed + " ".repeat(1.5 * 1024 * 1024)) });
    });
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByRole("form", { name: "Section" }).getByRole("alert")).toContainText("Nothing was changed");
    await expect(page.getByLabel("Paragraph 1", { exact: true })).toHaveValue(typed);
    expect(await paragraphs(sectionId)).not.toContain(typed);
  });
});
