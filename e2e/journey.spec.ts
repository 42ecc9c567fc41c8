import { test, expect, type Page } from "@playwright/test";
import { signIn } from "./fixtures/auth";
import { testDb, uniqueId } from "./fixtures/db";
import { buildQuarter } from "./fixtures/quarters";
import { quarterLabel } from "@/lib/quarters";

// The whole quarterly journey for a new quarter, through the UI, each step taken by the demo
// account whose role owns it, in the order the parts move: the force part is written,
// returned once, corrected and approved by the DCC before the PCC statement is submitted; then
// the PCC approves and the secretariat publishes from the preview.

const SECRETARIAT = "secretariat@example.org";
const ANALYST = "analyst@example.org";
const PCC_OFFICE = "pcc-office@example.org";
const DCC = "dcc@example.org";
const PCC = "pcc@example.org";

async function actAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

async function stateOf(submissionId: string) {
  const s = await testDb.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { stage: true, forceStatus: true, pccStatus: true },
  });
  return { stage: s.stage, FORCE: s.forceStatus, PCC: s.pccStatus };
}

/** The first quarter after the demo data that the form accepts (up to two years ahead) and nobody has used. */
async function unusedQuarterForTheForm() {
  const lastYear = new Date().getFullYear() + 2;
  for (let fyStart = 2022; fyStart <= lastYear; fyStart++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      if (!(await testDb.quarter.findUnique({ where: { fyStart_quarter: { fyStart, quarter } } }))) return { fyStart, quarter };
    }
  }
  throw new Error("No unused quarter is left for the form");
}

/** The "Success" banner a page shows after a save or a decision. */
const banner = (page: Page) => page.locator("[data-done-banner]");

/** Checks "This paragraph is still correct" for every carried-over paragraph of the open section. */
async function confirmCarried(page: Page) {
  const boxes = page.getByLabel("This paragraph is still correct as it is");
  await expect(boxes.first()).toBeVisible();
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
}

test("a new quarter goes from creation to publication, each part moving on its own, each step by the right role", async ({ page }) => {
  test.setTimeout(300_000);
  const { fyStart, quarter } = await unusedQuarterForTheForm();
  const marker = uniqueId("journey");
  const meeting = new Date(Date.now() + 365 * 86_400_000);
  let submissionId = "";
  let path = "";

  await test.step("the secretariat creates the quarter, with the meeting date in day, month and year boxes", async () => {
    await actAs(page, SECRETARIAT);
    await page.goto("/app/quarters/new");
    await page.getByLabel("Financial year starting").fill(String(fyStart));
    await page.getByLabel("Quarter", { exact: true }).selectOption(String(quarter));
    const date = page.getByRole("group", { name: "Meeting date" });
    await date.getByLabel("Day").fill(String(meeting.getUTCDate()));
    await date.getByLabel("Month").fill(String(meeting.getUTCMonth() + 1));
    await date.getByLabel("Year").fill(String(meeting.getUTCFullYear()));
    await page.getByLabel("Agenda item number").fill("7");
    await page.getByLabel("Presented by").fill(`Deputy Chief Constable (${marker})`);
    await page.getByRole("button", { name: "Create quarter" }).click();
    await expect(page).toHaveURL(/\/app\/submissions\/[^/]+$/);
    submissionId = page.url().split("/").pop()!;
    path = `/app/submissions/${submissionId}`;
    const created = await testDb.submission.findUniqueOrThrow({ where: { id: submissionId }, include: { quarter: true } });
    expect(created.quarter).toMatchObject({ fyStart, quarter });
    expect(created.meetingDate?.toISOString().slice(0, 10)).toBe(meeting.toISOString().slice(0, 10));
    expect(await stateOf(submissionId)).toEqual({ stage: "IN_PROGRESS", FORCE: "NOT_STARTED", PCC: "NOT_STARTED" });
    const tasks = page.getByRole("list", { name: "Tasks" });
    await expect(tasks.locator("[data-task='submit:PCC'] [data-task-status]")).toHaveText("Cannot start yet");
    await expect(tasks.locator("[data-task='meeting'] [data-task-status]")).toHaveText("Completed");
  });

  const figures = await testDb.figure.findMany({ where: { submissionId }, orderBy: { position: "asc" } });
  const measureKeys = [...new Set(figures.map((f) => f.measureKey))];

  await test.step("the analyst finds last quarter's periods carried forward a quarter, and enters the values", async () => {
    await actAs(page, ANALYST);
    await page.goto(path);
    await page.getByRole("link", { name: "Figures: Reduce murder and other homicide" }).click();
    const homicides = page.getByRole("group", { name: "Homicides", exact: true });
    // 2021/22 Q3 said Jan–Dec 2021: this quarter starts from Apr 2021–Mar 2022.
    const start = homicides.getByRole("group", { name: "First month the value covers" });
    const end = homicides.getByRole("group", { name: "Last month the value covers" });
    await expect(start.getByLabel("Month")).toHaveValue("4");
    await expect(start.getByLabel("Year")).toHaveValue("2021");
    await expect(end.getByLabel("Month")).toHaveValue("3");
    await expect(end.getByLabel("Year")).toHaveValue("2022");
    await expect(homicides).toContainText("Last quarter: 46.");

    for (const [index, key] of measureKeys.entries()) {
      await expect(page).toHaveURL(new RegExp(`/figures/${key}`));
      for (const figure of figures.filter((f) => f.measureKey === key)) {
        const group = page.getByRole("group", { name: figure.name, exact: true });
        if (await group.getByLabel("No local data for this indicator").isChecked()) continue;
        await group
          .getByLabel("Latest value", { exact: true })
          .fill(figure.unit === "PERCENTAGE" ? "86.5%" : String(100 + figure.position));
      }
      await page.getByRole("button", { name: "Save and continue" }).click();
      // Save and continue goes to the next task, which says what was saved.
      const next = index < measureKeys.length - 1 ? `/figures/${measureKeys[index + 1]}` : "/kpis";
      await expect(page).toHaveURL(new RegExp(`${path}${next}\\?saved=`));
      await expect(banner(page)).toHaveText(`Saved: Figures: ${figures.find((f) => f.measureKey === key)!.measureName}.`);
    }
    const saved = await testDb.figure.findMany({ where: { submissionId } });
    const sms = saved.find((f) => f.unit === "PERCENTAGE" && !f.noLocalData)!;
    expect(sms.latestValue).toBe(86.5);
    const homicide = saved.find((f) => f.name === "Homicides")!;
    expect(homicide).toMatchObject({ latestValue: 100 + homicide.position, previousValue: 46 });
    expect(homicide.periodStart?.toISOString()).toBe("2021-04-01T00:00:00.000Z");
    expect(homicide.periodEnd?.toISOString()).toBe("2022-03-01T00:00:00.000Z");
    expect(saved.find((f) => f.name.includes("Crime Survey"))).toMatchObject({ noLocalData: true, latestValue: null });
    expect(await stateOf(submissionId)).toMatchObject({ FORCE: "IN_PROGRESS" });
  });

  await test.step("the analyst enters KPI actuals, a percentage with its % sign", async () => {
    const kpis = await testDb.kpiResult.findMany({ where: { submissionId }, orderBy: { position: "asc" } });
    for (const [i, kpi] of kpis.entries()) {
      const group = page.getByRole("group", { name: kpi.name, exact: true });
      await group.getByLabel("Actual").fill(kpi.unit === "PERCENTAGE" ? `${80 + i}.5%` : "3100");
    }
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(banner(page)).toHaveText("Saved: Police and Crime Plan KPI actuals.");
    expect((await testDb.kpiResult.findFirstOrThrow({ where: { submissionId, position: 0 } })).actual).toBe(80.5);
  });

  const sections = await testDb.section.findMany({ where: { submissionId }, orderBy: { position: "asc" }, include: { covers: true } });
  const measureSections = sections.filter((s) => s.kind === "MEASURE");
  const homicideSection = measureSections.find((s) => s.measureKey === "homicide")!;

  await test.step("the analyst confirms the carried-over purpose, pastes a section from a document and rewrites the rest", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Purpose of paper");
    await expect(page.locator("[data-carried-over]").first()).toHaveText("Carried over from last quarter: update before submitting");
    await confirmCarried(page);
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(banner(page)).toHaveText("Saved: Purpose of paper.");

    for (const section of measureSections) {
      await expect(page).toHaveURL(new RegExp(`/sections/${section.id}\\?saved=`));
      // Remove last quarter's paragraphs, then write this quarter's.
      while ((await page.getByRole("button", { name: /^Remove paragraph/ }).count()) > 1)
        await page.getByRole("button", { name: "Remove paragraph 2" }).click();
      const first = page.getByLabel("Paragraph 1", { exact: true });
      if (section.id === homicideSection.id) {
        await first.fill("");
        // A section pasted from a word processor: blank lines make numbered paragraphs.
        await first.evaluate((el, text) => {
          const data = new DataTransfer();
          data.setData("text/plain", text);
          el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
        }, `Homicides are lower than the baseline (${marker}).\r\n\r\nThe force works with partners on violence.\r\n\r\nDomestic abuse remains a priority.`);
        await expect(page.getByLabel("Paragraph 3", { exact: true })).toHaveValue("Domestic abuse remains a priority.");
        await expect(first).toHaveValue(`Homicides are lower than the baseline (${marker}).`);
      } else {
        await first.fill(`On ${section.heading.slice(9).toLowerCase()}, the force reports progress (${marker}).`);
      }
      await page.getByRole("button", { name: "Save and continue" }).click();
    }
    await expect(page).toHaveURL(new RegExp(`${path}/submit/force\\?saved=`));
    const pasted = await testDb.paragraph.findMany({ where: { sectionId: homicideSection.id }, orderBy: { position: "asc" } });
    expect(pasted.map((p) => p.text)).toEqual([
      `Homicides are lower than the baseline (${marker}).`,
      "The force works with partners on violence.",
      "Domestic abuse remains a priority.",
    ]);
    expect(await testDb.paragraph.count({ where: { section: { submissionId, part: "FORCE" }, carriedOver: true } })).toBe(0);
  });

  await test.step("the analyst submits the force part to the DCC", async () => {
    await page.getByRole("button", { name: "Submit the force part" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}\\?done=submitted-force`));
    await expect(banner(page)).toHaveText("The force part was submitted to the DCC for approval.");
    expect(await stateOf(submissionId)).toEqual({ stage: "IN_PROGRESS", FORCE: "SUBMITTED", PCC: "NOT_STARTED" });
  });

  const themes = sections.filter((s) => s.kind === "PCC_THEME");
  await test.step("the PCC's office drafts its statement, but cannot submit it before the force part is approved", async () => {
    await actAs(page, PCC_OFFICE);
    await page.goto("/app");
    await expect(page.locator(`[data-task="${quarterLabel(fyStart, quarter)}"]`)).toContainText(
      "Write the PCC statement (it can be submitted once the DCC has approved the force part)",
    );
    const intro = sections.find((s) => s.kind === "PCC_INTRO")!;
    await page.goto(`${path}/sections/${intro.id}`);
    await confirmCarried(page);
    await page.getByRole("button", { name: "Save and continue" }).click();
    for (const theme of themes) {
      await expect(page).toHaveURL(new RegExp(`/sections/${theme.id}\\?saved=`));
      while ((await page.getByRole("button", { name: /^Remove paragraph/ }).count()) > 1)
        await page.getByRole("button", { name: "Remove paragraph 2" }).click();
      await page.getByLabel("Paragraph 1", { exact: true }).fill(`The Commissioner on ${theme.heading.toLowerCase()} (${marker}).`);
      await page.getByRole("button", { name: "Save and continue" }).click();
    }
    await page.getByRole("button", { name: "Save and continue" }).click(); // the coverage page, nothing marked
    await expect(page).toHaveURL(new RegExp(`${path}/submit/pcc\\?saved=`));
    await expect(page.locator("[data-submit-refusal]")).toContainText(
      "The PCC statement can be submitted once the DCC has approved the force part, so that it always responds to approved text.",
    );
    await expect(page.getByRole("button", { name: "Submit the PCC statement" })).toHaveCount(0);
    expect(await stateOf(submissionId)).toEqual({ stage: "IN_PROGRESS", FORCE: "SUBMITTED", PCC: "IN_PROGRESS" });
  });

  const returnComment = `Paragraph on homicide needs the latest period (${marker}).`;
  await test.step("the DCC reads the force part, then returns it with a comment", async () => {
    await actAs(page, DCC);
    await page.goto("/app");
    await page
      .locator(`[data-task="${quarterLabel(fyStart, quarter)}"]`)
      .getByRole("link", { name: "Review and approve the force part" })
      .click();
    await expect(page).toHaveURL(new RegExp(`${path}/review/force$`));
    // The decision comes after the part, as it will be published.
    const decision = page.getByRole("region", { name: "Your decision" });
    const paragraph = page.getByText(`Homicides are lower than the baseline (${marker}).`);
    expect((await paragraph.boundingBox())!.y).toBeLessThan((await decision.boundingBox())!.y);
    await decision.getByText("Return the force part with a comment").click();
    await decision.getByLabel("What needs to change in the force part").fill(returnComment);
    await decision.getByRole("button", { name: "Return the force part" }).click();
    await expect(banner(page)).toHaveText("The force part was returned to the force analysts with your comment.");
    expect(await stateOf(submissionId)).toMatchObject({ FORCE: "RETURNED" });
  });

  const fixed = `Homicides fell to 46 in the year to March 2022 (${marker}, revised).`;
  await test.step("the analyst sees the comment and who returned it, fixes a paragraph and submits again", async () => {
    await actAs(page, ANALYST);
    await page.goto("/app");
    const item = page.locator(`[data-task="${quarterLabel(fyStart, quarter)}"]`);
    await expect(item.locator("[data-returned='FORCE']")).toContainText("The force part was returned by Dana Deputy");
    await expect(item.locator("[data-returned='FORCE']")).toContainText(returnComment);
    await page.goto(`${path}/sections/${homicideSection.id}`);
    await page.getByLabel("Paragraph 1", { exact: true }).fill(fixed);
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(/\?saved=/);
    await page.goto(`${path}/submit/force`);
    await expect(page.getByRole("note")).toContainText(returnComment);
    // 46 was last quarter's figure: the figure check flags it, and submitting needs a tick.
    await expect(page.locator("[data-figure-check-summary]")).toContainText("1 looks wrong");
    await expect(page.locator("[data-check-status='flagged']")).toContainText("Likely carried over: Homicides was 46 last quarter");
    await page.getByRole("button", { name: "Submit the force part" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("I have checked the flagged numbers");
    expect(await stateOf(submissionId)).toMatchObject({ FORCE: "RETURNED" });
    await page.getByLabel("I have checked the flagged numbers").check();
    await page.getByRole("button", { name: "Submit the force part" }).click();
    await expect(banner(page)).toHaveText("The force part was submitted to the DCC for approval.");
    expect(await stateOf(submissionId)).toMatchObject({ FORCE: "SUBMITTED" });
    await expect(page.getByRole("note")).toHaveCount(0);
  });

  await test.step("the DCC sees exactly what changed since the return, and approves before the PCC statement is submitted", async () => {
    await actAs(page, DCC);
    await page.goto(`${path}/review/force`);
    const changes = page.locator("[data-changes-since='return']");
    await expect(changes.getByRole("heading", { level: 2 })).toHaveText("What changed since it was last returned");
    // Word by word: "are lower than the baseline" went, "fell to 46 …" came.
    await expect(changes.locator("[data-diff='deleted']", { hasText: "lower" })).toHaveCount(1);
    await expect(changes.locator("[data-diff='inserted']", { hasText: "fell" })).toHaveCount(1);
    await expect(changes.locator("[data-diff='deleted']", { hasText: "Homicides" })).toHaveCount(0);
    await expect(changes.locator("[data-diff-section]")).toHaveCount(1);
    // The approver sees the flag the analyst ticked past.
    await expect(page.locator("[data-figure-check-summary]")).toContainText("1 looks wrong");
    await page.getByRole("button", { name: "Approve the force part" }).click();
    await expect(banner(page)).toHaveText("You approved the force part.");
    expect(await stateOf(submissionId)).toEqual({ stage: "IN_PROGRESS", FORCE: "APPROVED", PCC: "IN_PROGRESS" });
  });

  await test.step("the PCC's office submits the PCC statement against the approved force part", async () => {
    await actAs(page, PCC_OFFICE);
    await page.goto(`${path}/submit/pcc`);
    await page.getByRole("button", { name: "Submit the PCC statement" }).click();
    await expect(banner(page)).toHaveText("The PCC statement was submitted to the PCC for approval.");
    expect(await stateOf(submissionId)).toEqual({ stage: "APPROVAL", FORCE: "APPROVED", PCC: "SUBMITTED" });
  });

  await test.step("the PCC approves the PCC statement", async () => {
    await actAs(page, PCC);
    await page.goto("/app");
    await page
      .locator(`[data-task="${quarterLabel(fyStart, quarter)}"]`)
      .getByRole("link", { name: "Review and approve the PCC statement" })
      .click();
    await page.getByRole("button", { name: "Approve the PCC statement" }).click();
    await expect(banner(page)).toHaveText("You approved the PCC statement.");
    expect(await stateOf(submissionId)).toEqual({ stage: "READY", FORCE: "APPROVED", PCC: "APPROVED" });
    const approvals = await testDb.approval.findMany({ where: { submissionId, voidedAt: null } });
    const forceApproval = approvals.find((a) => a.part === "FORCE")!;
    // The PCC's approval is bound to the force part it answered.
    expect(approvals.find((a) => a.part === "PCC")!.forceHash).toBe(forceApproval.contentHash);
  });

  await test.step("the secretariat confirms last quarter's reporting frequency and recommendations", async () => {
    await actAs(page, SECRETARIAT);
    await page.goto("/app");
    await page
      .locator(`[data-task="${quarterLabel(fyStart, quarter)}"]`)
      .getByRole("link", { name: "Preview and publish" })
      .click();
    const todo = page.locator("[data-publish-missing]");
    await expect(todo).toContainText("Reporting frequency (1 paragraph carried over from last quarter to update or confirm)");
    await todo.getByRole("link", { name: "Reporting frequency" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reporting frequency");
    await confirmCarried(page);
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommendations");
    await confirmCarried(page);
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}/publish\\?saved=`));
  });

  await test.step("the secretariat publishes from the preview of the public page", async () => {
    await expect(page.locator("[data-publish-missing]")).toHaveCount(0);
    const preview = page.locator("[data-publish-preview]");
    await expect(preview.locator("li[data-paragraph]").filter({ hasText: fixed })).toHaveCount(1);
    await expect(preview.locator("[data-cover=agenda]")).toHaveText("7");
    const publish = page.getByRole("region", { name: "Publish" });
    // Publish is the primary action; returning a part is behind a disclosure.
    await expect(publish.getByRole("button", { name: "Publish", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Return the force part" })).toBeHidden();
    await expect(page.locator("details#checklist summary")).toHaveText("Statutory checklist: complete");
    await publish.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(banner(page)).toHaveText("Published. The statement is on the public site.");
    expect((await stateOf(submissionId)).stage).toBe("PUBLISHED");
  });

  await test.step("the history shows every step in order, each decision linking to what changed since", async () => {
    const history = page.getByRole("list", { name: "History, newest first" });
    const steps = (await history.locator(":scope > li").evaluateAll((items) => items.map((li) => li.getAttribute("data-action") ?? "")))
      .filter((action) => action === "quarter.create" || action.startsWith("transition."))
      .reverse();
    expect(steps).toEqual([
      "quarter.create",
      "transition.start_force",
      "transition.submit_force",
      "transition.start_pcc",
      "transition.return_force",
      "transition.submit_force",
      "transition.approve_force",
      "transition.submit_pcc",
      "transition.approve_pcc",
      "transition.publish",
    ]);
    await expect(history.locator("li[data-action='transition.return_force']")).toContainText(returnComment);
    await expect(history.locator("li[data-action='transition.publish']")).toContainText(`by ${SECRETARIAT}`);
    await history
      .locator("li[data-action='transition.return_force']")
      .getByRole("link", { name: "What changed since it was returned" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What changed in the force part");
    await expect(page.locator("[data-diff='inserted']").first()).toBeVisible();
  });

  await test.step("the quarter is public", async () => {
    const { slug } = await testDb.quarter.findUniqueOrThrow({ where: { fyStart_quarter: { fyStart, quarter } } });
    await page.context().clearCookies();
    const response = await page.request.get(`/quarters/${slug}`);
    expect(response.status(), `GET /quarters/${slug}`).toBe(200);
    expect(await response.text()).toContain(fixed);
  });
});

// Each task page on its own, on quarters the fixture built: these pin down a failure of the
// journey above to the page or form that causes it.
test.describe("the task pages", () => {
  test("the error summary lists each problem and its link moves focus to the field", async ({ page }) => {
    const q = await buildQuarter("created");
    await signIn(page, ANALYST);
    await page.goto(`${q.path}/figures/satisfaction`);
    const sms = await testDb.figure.findFirstOrThrow({
      where: { submissionId: q.submissionId, measureKey: "satisfaction", unit: "PERCENTAGE", name: { startsWith: "SMS" } },
    });
    const group = page.getByRole("group", { name: sms.name, exact: true });
    if (await group.getByLabel("No local data for this indicator").isChecked())
      await group.getByLabel("No local data for this indicator").uncheck();
    // The unit is beside the box, and said in words in its hint.
    await expect(group.locator("[data-unit]").first()).toHaveText("%");
    await expect(group.getByLabel("Latest value", { exact: true })).toHaveAccessibleDescription(
      /A percentage between 0 and 100, like 86.5/,
    );
    await group.getByLabel("Latest value", { exact: true }).fill("120%");
    const start = group.getByRole("group", { name: "First month the value covers" });
    const end = group.getByRole("group", { name: "Last month the value covers" });
    await start.getByLabel("Month").selectOption("1");
    await start.getByLabel("Year").fill("2030");
    await end.getByLabel("Month").selectOption("");
    await end.getByLabel("Year").fill("");
    await page.getByRole("button", { name: "Save and continue" }).click();

    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveText([
      "Enter a percentage between 0 and 100, like 86.5",
      "Enter the month and year the period ends, like December 2021",
    ]);
    await summary.getByRole("link", { name: "Enter a percentage between 0 and 100, like 86.5" }).click();
    await expect(group.getByLabel("Latest value", { exact: true })).toBeFocused();
    await summary.getByRole("link", { name: /period ends/ }).click();
    await expect(end.getByLabel("Month")).toBeFocused();
    // Nothing was saved, and what was typed is still there.
    await expect(group.getByLabel("Latest value", { exact: true })).toHaveValue("120%");
    expect((await testDb.figure.findUniqueOrThrow({ where: { id: sms.id } })).version).toBe(sms.version);

    // "86.5%" is a percentage.
    await group.getByLabel("Latest value", { exact: true }).fill("86.5%");
    await end.getByLabel("Month").selectOption("12");
    await end.getByLabel("Year").fill("2030");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(banner(page)).toBeVisible();
    expect(await testDb.figure.findUniqueOrThrow({ where: { id: sms.id } })).toMatchObject({ latestValue: 86.5 });
  });

  test("a paragraph shows a live count of the characters left against its limit", async ({ page }) => {
    const q = await buildQuarter("created");
    await signIn(page, ANALYST);
    await page.goto(`${q.path}/sections/${q.sections.measures["cyber"]}`);
    const box = page.getByLabel("Paragraph 1", { exact: true });
    if ((await box.count()) === 0) await page.getByRole("button", { name: "Add a paragraph" }).click();
    const count = page.locator("[data-paragraph-editor='1'] [data-character-count]");
    await box.fill("Twelve chars");
    await expect(count).toHaveText("You have 5,988 characters remaining");
    await box.fill("x".repeat(6003));
    await expect(count).toHaveText("You have 3 characters too many");
    await expect(box).toHaveAccessibleDescription(/You have 3 characters too many/);
  });

  test("the PCC's office opens the task list and a themed section's editor", async ({ page }) => {
    const q = await buildQuarter("pcc-written");
    await signIn(page, PCC_OFFICE);
    const submission = await page.goto(q.path);
    expect(submission?.status()).toBe(200);
    await expect(page.locator("[data-task='submit:PCC'] [data-task-status]")).toHaveText("Not started");
    const editor = await page.goto(`${q.path}/sections/${q.sections.pccThemes[0]}`);
    expect(editor?.status()).toBe(200);
    await expect(page.getByRole("button", { name: "Save and continue" })).toBeVisible();
  });
});
