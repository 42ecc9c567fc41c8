import { test, expect } from "@playwright/test";
import { signIn } from "./fixtures/auth";
import { createTestUser, testDb } from "./fixtures/db";
import { callServerAction } from "./fixtures/server-action";
import { buildQuarter, submissionState } from "./fixtures/quarters";

// Every refusal is checked on the server: the server action is invoked directly, bypassing
// the page, and the database must be exactly as it was.

const FORBIDDEN = "You do not have permission to do that.";
const SEPARATION_OF_DUTIES = "You edited the force part of this submission, so someone else must approve it (separation of duties).";
const STALE = /was changed by someone else after you opened it\. Your changes were not saved/;

/** One figure row as the figures form sends it. */
function figureInput(figure: { id: string; version: number; unit: string }, latestValue: string) {
  return {
    figureId: figure.id,
    version: figure.version,
    unit: figure.unit,
    latestValue,
    periodStart: { month: "1", year: "2030" },
    periodEnd: { month: "12", year: "2030" },
    periodNote: "",
    comparisonLabel: "",
    comparisonValue: "",
    noLocalData: false,
    noDataReason: "",
    proxyUsed: "",
  };
}

test.describe("approving the force part", () => {
  test("an ANALYST cannot approve it: no button, and the server refuses", async ({ page }) => {
    const q = await buildQuarter("force-submitted");
    const before = await submissionState(q.submissionId);
    await signIn(page, "analyst@example.org");
    await page.goto(`${q.path}/review/force`);
    await expect(page.getByRole("region", { name: "Your decision" })).toContainText("Only the DCC can approve the force part.");
    await expect(page.getByRole("button", { name: "Approve the force part" })).toHaveCount(0);

    const result = await callServerAction(page.request, "takeActionAction", q.path, {
      submissionId: q.submissionId,
      action: "approve_force",
    });
    expect(result).toMatchObject({ ok: false, message: FORBIDDEN });
    expect(await submissionState(q.submissionId)).toEqual(before);
    expect(before.approvals).toEqual([]);
  });

  test("a DCC who edited the force part cannot approve it: no Approve button, the reason instead, and the server refuses", async ({
    page,
  }) => {
    const q = await buildQuarter("force-submitted");
    const both = await createTestUser(["ANALYST", "DCC"], "Analyst and DCC");
    await signIn(page, both.email);

    // Edit a figure as that user, through the figures server action with the form's fields,
    // which takes the part back to in progress; then submit it again.
    const homicide = await testDb.figure.findFirstOrThrow({ where: { submissionId: q.submissionId, name: "Homicides" } });
    const saved = await callServerAction(page.request, "saveFiguresAction", `${q.path}/figures/${homicide.measureKey}`, {
      submissionId: q.submissionId,
      figures: [figureInput(homicide, "51")],
    });
    expect(saved).toMatchObject({ ok: true });
    expect((await testDb.figure.findUniqueOrThrow({ where: { id: homicide.id } })).latestValue).toBe(51);
    const resubmitted = await callServerAction(page.request, "takeActionAction", q.path, {
      submissionId: q.submissionId,
      action: "submit_force",
      checkedFlags: true,
    });
    expect(resubmitted).toMatchObject({ ok: true });
    const before = await submissionState(q.submissionId);
    expect(before.forceStatus).toBe("SUBMITTED");

    // The page does not offer what the server would refuse, and says why.
    await page.goto(`${q.path}/review/force`);
    await expect(page.locator("[data-approve-refusal]")).toContainText(SEPARATION_OF_DUTIES);
    await expect(page.getByRole("button", { name: "Approve the force part" })).toHaveCount(0);

    const result = await callServerAction(page.request, "takeActionAction", q.path, {
      submissionId: q.submissionId,
      action: "approve_force",
    });
    expect(result).toMatchObject({ ok: false, message: SEPARATION_OF_DUTIES });
    expect(await submissionState(q.submissionId)).toEqual(before);
    expect(await testDb.approval.count({ where: { submissionId: q.submissionId } })).toBe(0);
  });

  test("the PCC cannot approve the force part, only the PCC statement", async ({ page }) => {
    const q = await buildQuarter("force-submitted");
    const before = await submissionState(q.submissionId);
    await signIn(page, "pcc@example.org");
    await page.goto(`${q.path}/review/force`);
    await expect(page.getByRole("button", { name: "Approve the force part" })).toHaveCount(0);

    const result = await callServerAction(page.request, "takeActionAction", q.path, {
      submissionId: q.submissionId,
      action: "approve_force",
    });
    expect(result).toMatchObject({ ok: false, message: FORBIDDEN });
    expect(await submissionState(q.submissionId)).toEqual(before);
  });
});

test.describe("the PCC statement answers approved force text", () => {
  test("the PCC's office cannot submit it before the DCC has approved the force part", async ({ page }) => {
    const q = await buildQuarter("force-submitted");
    await signIn(page, q.actors.pccOffice.email);
    // Drafting is allowed at any time.
    const intro = await testDb.section.findUniqueOrThrow({ where: { id: q.sections.pccIntro }, select: { version: true, heading: true } });
    const drafted = await callServerAction(page.request, "saveSectionAction", `${q.path}/sections/${q.sections.pccIntro}`, {
      sectionId: q.sections.pccIntro,
      version: intro.version,
      heading: intro.heading,
      covers: [],
      paragraphs: [{ text: `A draft written early (${q.marker}).` }],
    });
    expect(drafted).toMatchObject({ ok: true });
    const before = await submissionState(q.submissionId);
    expect(before).toMatchObject({ forceStatus: "SUBMITTED", pccStatus: "IN_PROGRESS" });

    const result = await callServerAction(page.request, "takeActionAction", q.path, { submissionId: q.submissionId, action: "submit_pcc" });
    expect(result).toMatchObject({
      ok: false,
      message: "The PCC statement can be submitted once the DCC has approved the force part, so that it always responds to approved text.",
    });
    expect(await submissionState(q.submissionId)).toEqual(before);
  });
});

test.describe("approvals are bound to what the approver saw", () => {
  test("a change made while the DCC reads the page makes their Approve fail, and nothing is approved", async ({ page, browser }) => {
    const q = await buildQuarter("force-submitted");
    await signIn(page, q.actors.dcc.email);
    await page.goto(`${q.path}/review/force`);
    await expect(page.getByRole("button", { name: "Approve the force part" })).toBeVisible();

    // Meanwhile an analyst changes a figure, which takes the part back to in progress…
    const analyst = await (await browser.newContext()).newPage();
    await signIn(analyst, q.actors.analyst.email);
    const homicide = await testDb.figure.findFirstOrThrow({ where: { submissionId: q.submissionId, name: "Homicides" } });
    const saved = await callServerAction(analyst.request, "saveFiguresAction", `${q.path}/figures/homicide`, {
      submissionId: q.submissionId,
      figures: [figureInput(homicide, "999")],
    });
    expect(saved).toMatchObject({ ok: true });
    const decision = page.getByRole("form", { name: "Approve the force part" });
    await decision.getByRole("button", { name: "Approve the force part" }).click();
    await expect(decision.locator("[data-refusal]")).toHaveText("That cannot be done now: the force part is in progress.");
    expect(await testDb.approval.count({ where: { submissionId: q.submissionId } })).toBe(0);

    // …and submits it again before the DCC clicks once more: the DCC saw the old figure, so it is refused.
    const resubmitted = await callServerAction(analyst.request, "takeActionAction", q.path, {
      submissionId: q.submissionId,
      action: "submit_force",
      checkedFlags: true,
    });
    expect(resubmitted).toMatchObject({ ok: true });
    await decision.getByRole("button", { name: "Approve the force part" }).click();
    await expect(decision.locator("[data-refusal]")).toHaveText(
      "The force part has changed since you opened this page. Reload the page, read the changes, then decide again.",
    );
    expect(await testDb.approval.count({ where: { submissionId: q.submissionId } })).toBe(0);

    // After reloading, the DCC sees 999 and can approve what they now see.
    await page.reload();
    await page.getByRole("button", { name: "Approve the force part" }).click();
    await expect(page.locator("[data-done-banner]")).toHaveText("You approved the force part.");
    expect(await testDb.approval.count({ where: { submissionId: q.submissionId, voidedAt: null } })).toBe(1);
    await analyst.context().close();
  });
});

test.describe("concurrent edits", () => {
  test("the second of two saves from the same version is refused, and the first is kept", async ({ browser }) => {
    const q = await buildQuarter("force-written");
    const sectionId = q.sections.measures["homicide"]!;
    const editor = `${q.path}/sections/${sectionId}`;
    const before = await testDb.section.findUniqueOrThrow({ where: { id: sectionId }, select: { version: true } });

    const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
    const [a, b] = await Promise.all([first.newPage(), second.newPage()]);
    await signIn(a, "analyst@example.org");
    await signIn(b, "analyst@example.org");
    await a.goto(editor);
    await b.goto(editor);

    const firstText = `First save wins (${q.marker}).`;
    const secondText = `Second save loses (${q.marker}).`;
    await a.getByLabel("Paragraph 1", { exact: true }).fill(firstText);
    await a.getByRole("button", { name: "Save and continue" }).click();
    await expect(a).toHaveURL(/\?saved=/);

    await b.getByLabel("Paragraph 1", { exact: true }).fill(secondText);
    await b.getByRole("button", { name: "Save and continue" }).click();
    await expect(b.getByRole("form", { name: "Section" }).locator("[data-refusal]")).toHaveText(
      /^The section "Measure: .+" was changed by someone else after you opened it/,
    );
    await expect(b).toHaveURL(new RegExp(`/sections/${sectionId}$`));
    await expect(b.getByLabel("Paragraph 1", { exact: true })).toHaveValue(secondText);

    // The same stale version sent straight to the server action is refused as well.
    const stale = await callServerAction(b.request, "saveSectionAction", editor, {
      sectionId,
      version: before.version,
      heading: "Measure: anything",
      covers: [],
      paragraphs: [{ text: secondText }],
    });
    expect(stale.ok).toBe(false);
    expect(stale.message).toMatch(STALE);

    const stored = await testDb.section.findUniqueOrThrow({
      where: { id: sectionId },
      include: { paragraphs: { orderBy: { position: "asc" } } },
    });
    expect(stored.paragraphs.map((p) => p.text)).toEqual([firstText]);
    expect(stored.version).toBe(before.version + 1);
    await first.close();
    await second.close();
  });
});

test.describe("publishing", () => {
  test("an edit after approval voids both approvals, takes the quarter back to in progress, and publishing is refused", async ({
    page,
  }) => {
    const q = await buildQuarter("ready");
    const sectionId = q.sections.measures["homicide"]!;

    await signIn(page, "analyst@example.org");
    await page.goto(`${q.path}/sections/${sectionId}`);
    const edited = `Edited after approval (${q.marker}).`;
    await page.getByLabel("Paragraph 1", { exact: true }).fill(edited);
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(/\?saved=/);
    await page.goto(q.path);
    const approvals = page.getByRole("list", { name: "Approvals" });
    await expect(approvals.locator("[data-approval='Force part']")).toContainText("Force part: approval void.");
    // The PCC's approval answered the old force text, so it is void too.
    await expect(approvals.locator("[data-approval='PCC statement']")).toContainText("the force part it responded to changed");

    const before = await submissionState(q.submissionId);
    expect(before).toMatchObject({ stage: "IN_PROGRESS", forceStatus: "IN_PROGRESS", pccStatus: "SUBMITTED" });
    expect(before.approvals.map((a) => !!a.voidedAt)).toEqual([true, true]);

    await page.context().clearCookies();
    await signIn(page, "secretariat@example.org");
    await page.goto(`${q.path}/publish`);
    await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
    const result = await callServerAction(page.request, "takeActionAction", q.path, { submissionId: q.submissionId, action: "publish" });
    // The edit took the quarter back to in progress, where there is no publishing at all.
    expect(result).toMatchObject({ ok: false, message: "That cannot be done now: the quarter is in progress." });
    const after = await submissionState(q.submissionId);
    expect(after).toEqual(before);
    expect(after.publishedAt).toBeNull();
  });
});

test.describe("server actions invoked by the wrong role", () => {
  test("the PCC's office cannot save figures", async ({ page }) => {
    const q = await buildQuarter("created");
    const figure = await testDb.figure.findFirstOrThrow({ where: { submissionId: q.submissionId }, orderBy: { position: "asc" } });
    const before = await submissionState(q.submissionId);
    await signIn(page, "pcc-office@example.org");
    const result = await callServerAction(page.request, "saveFiguresAction", `${q.path}/figures/${figure.measureKey}`, {
      submissionId: q.submissionId,
      figures: [figureInput(figure, "12")],
    });
    expect(result).toMatchObject({ ok: false, message: FORBIDDEN });
    expect(await submissionState(q.submissionId)).toEqual(before);
  });

  test("an ANALYST cannot save a section of the PCC statement", async ({ page }) => {
    const q = await buildQuarter("pcc-written");
    const sectionId = q.sections.pccThemes[0]!;
    const section = await testDb.section.findUniqueOrThrow({ where: { id: sectionId }, include: { covers: true } });
    const before = await submissionState(q.submissionId);
    await signIn(page, "analyst@example.org");
    const result = await callServerAction(page.request, "saveSectionAction", `${q.path}/sections/${sectionId}`, {
      sectionId,
      version: section.version,
      heading: section.heading,
      covers: section.covers.map((c) => c.measureKey),
      paragraphs: [{ text: "Written by the force analyst." }],
    });
    expect(result).toMatchObject({ ok: false, message: FORBIDDEN });
    expect(await submissionState(q.submissionId)).toEqual(before);
    // The editor itself is not found for them either.
    const response = await page.goto(`${q.path}/sections/${sectionId}`);
    expect(response?.status()).toBe(404);
  });

  test("a DCC cannot create a quarter", async ({ page }) => {
    const lastYear = new Date().getFullYear() + 2;
    let free: { fyStart: number; quarter: number } | undefined;
    for (let fyStart = 2019; fyStart <= lastYear && !free; fyStart++) {
      for (let quarter = 1; quarter <= 4 && !free; quarter++) {
        if (!(await testDb.quarter.findUnique({ where: { fyStart_quarter: { fyStart, quarter } } }))) free = { fyStart, quarter };
      }
    }
    expect(free, "a quarter the form would accept").toBeDefined();
    const quartersBefore = await testDb.quarter.count();
    const submissionsBefore = await testDb.submission.count();

    await signIn(page, "dcc@example.org");
    const result = await callServerAction(page.request, "createQuarterAction", "/app/quarters/new", {
      fyStart: String(free!.fyStart),
      quarter: String(free!.quarter),
      boardName: "Strategic Policing and Crime Board",
      meetingDate: { day: "15", month: "2", year: "2030" },
      agendaItem: "7",
      planPriority: "Regular Item",
      title: "National Policing Priorities and Police and Crime Plan Scorecard",
      presenters: "Deputy Chief Constable",
    });
    expect(result).toMatchObject({ ok: false, message: FORBIDDEN });
    expect(await testDb.quarter.findUnique({ where: { fyStart_quarter: free! } })).toBeNull();
    expect(await testDb.quarter.count()).toBe(quartersBefore);
    expect(await testDb.submission.count()).toBe(submissionsBefore);
    const response = await page.goto("/app/quarters/new");
    expect(response?.status()).toBe(404);
  });

  test("an ANALYST cannot publish", async ({ page }) => {
    const q = await buildQuarter("ready");
    const before = await submissionState(q.submissionId);
    await signIn(page, "analyst@example.org");
    await page.goto(q.path);
    await expect(page.getByText("Ready to publish", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Preview and publish" })).toHaveCount(0);
    expect((await page.goto(`${q.path}/publish`))?.status()).toBe(404);
    const result = await callServerAction(page.request, "takeActionAction", q.path, { submissionId: q.submissionId, action: "publish" });
    expect(result).toMatchObject({ ok: false, message: FORBIDDEN });
    const after = await submissionState(q.submissionId);
    expect(after).toEqual(before);
    expect(after.stage).toBe("READY");
  });
});

test.describe("nothing unpublished is visible outside /app", () => {
  test("a quarter ready to publish has no public page and its text is not on the home page", async ({ playwright }) => {
    const ready = await buildQuarter("ready");
    const published = await buildQuarter("published");
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });

    expect((await anonymous.get(`/quarters/${ready.slug}`)).status()).toBe(404);
    expect((await anonymous.get(`/quarters/${ready.slug}/editions/1`)).status()).toBe(404);

    const home = await anonymous.get("/");
    expect(home.status()).toBe(200);
    const html = await home.text();
    // The home page lists published quarters by title; the ready one's title and paragraphs are absent.
    expect(html).toContain(published.marker);
    expect(html).not.toContain(ready.marker);
    const paragraph = await testDb.paragraph.findFirstOrThrow({ where: { section: { id: ready.sections.measures["homicide"]! } } });
    expect(paragraph.text).toContain(ready.marker);
    expect(html).not.toContain(paragraph.text);
    await anonymous.dispose();
  });
});
