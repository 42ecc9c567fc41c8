import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";
import { callServerAction } from "./fixtures/server-action";
import { buildQuarter, submissionState } from "./fixtures/quarters";
import { quarterLabel } from "@/lib/quarters";

// Each part moves on its own: what happens to the PCC statement when the force part it
// answered changes, and what a new quarter carries forward from the last published one.

async function actAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

test("a change to the force part after the PCC's approval voids it, tells the PCC's office, and the PCC re-confirms", async ({ page }) => {
  test.setTimeout(120_000);
  const q = await buildQuarter("ready");
  const label = quarterLabel(q.fyStart, q.quarter);
  const homicide = await testDb.figure.findFirstOrThrow({ where: { submissionId: q.submissionId, name: "Homicides" } });
  const pccOfficeSteps = () =>
    testDb.auditEvent.count({
      where: { submissionId: q.submissionId, actorId: q.actors.pccOffice.id, action: { startsWith: "transition." } },
    });
  const stepsBefore = await pccOfficeSteps();

  await test.step("the analyst changes a figure in the approved force part", async () => {
    await actAs(page, q.actors.analyst.email);
    await page.goto(`${q.path}/figures/homicide`);
    await page
      .getByRole("group", { name: "Homicides", exact: true })
      .getByLabel("Latest value", { exact: true })
      .fill(String(homicide.latestValue! + 1));
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(/\?saved=figures/);
    const s = await submissionState(q.submissionId);
    expect(s).toMatchObject({ stage: "IN_PROGRESS", forceStatus: "IN_PROGRESS", pccStatus: "SUBMITTED" });
    expect(s.approvals.every((a) => a.voidedAt !== null)).toBe(true);
  });

  await test.step("the PCC's office is told on its home page, with a link to what changed in the force part", async () => {
    await actAs(page, q.actors.pccOffice.email);
    await page.goto("/app");
    const notice = page.locator(`[data-task="${label}"] [data-pcc-notice]`);
    await expect(notice).toContainText("The force part has changed since the PCC statement was approved.");
    await notice.getByRole("link", { name: "see what changed in the force part" }).click();
    await expect(page.locator("[data-value-change='Homicides: Latest value']")).toContainText(String(homicide.latestValue! + 1));
    // The PCC cannot confirm the statement against a force part that is not approved.
    await actAs(page, q.actors.pcc.email);
    const early = await callServerAction(page.request, "takeActionAction", q.path, { submissionId: q.submissionId, action: "approve_pcc" });
    expect(early).toMatchObject({
      ok: false,
      message: "The PCC statement can be approved once the DCC has approved the force part it responds to.",
    });
  });

  await test.step("the analyst resubmits and the DCC approves; the PCC confirms with one approval, its office doing nothing", async () => {
    await actAs(page, q.actors.analyst.email);
    await callServerAction(page.request, "takeActionAction", q.path, {
      submissionId: q.submissionId,
      action: "submit_force",
      checkedFlags: true,
    });
    await actAs(page, q.actors.dcc.email);
    await page.goto(`${q.path}/review/force`);
    await page.getByRole("button", { name: "Approve the force part" }).click();
    await expect(page.locator("[data-done-banner]")).toHaveText("You approved the force part.");
    await actAs(page, q.actors.pcc.email);
    await page.goto(`${q.path}/review/pcc`);
    await expect(page.getByRole("heading", { name: "The force part has changed since this statement was submitted" })).toBeVisible();
    await page.getByRole("button", { name: "Approve the PCC statement" }).click();
    await expect(page.locator("[data-done-banner]")).toHaveText("You approved the PCC statement.");
    expect(await submissionState(q.submissionId)).toMatchObject({ stage: "READY", forceStatus: "APPROVED", pccStatus: "APPROVED" });
    expect(await pccOfficeSteps(), "the PCC's office took no step after the change").toBe(stepsBefore);
    await actAs(page, q.actors.pccOffice.email);
    await page.goto("/app");
    await expect(page.locator(`[data-task="${label}"] [data-pcc-notice]`)).toHaveCount(0);
  });
});

test("a new quarter carries last quarter's text marked for updating, and the figure check flags last quarter's numbers", async ({
  page,
}) => {
  // 2021/22 Q4 was created from the published Q3: its text, periods and last quarter's values.
  const q4 = await testDb.submission.findFirstOrThrow({ where: { quarter: { slug: "2021-22-q4" } }, select: { id: true } });
  const homicideSection = await testDb.section.findFirstOrThrow({ where: { submissionId: q4.id, measureKey: "homicide" } });
  await signIn(page, "analyst@example.org");

  await page.goto(`/app/submissions/${q4.id}/sections/${homicideSection.id}`);
  await expect(page.locator("[data-carried-over]")).toHaveCount(4);
  await expect(page.getByLabel("Paragraph 1", { exact: true })).toHaveValue(/saw 46 homicides/);

  await page.goto(`/app/submissions/${q4.id}/figures/drugs`);
  const referrals = page.getByRole("group", { name: "Referrals into drug treatment", exact: true });
  await expect(referrals).toContainText("Last quarter: 1,229.");
  // Jan–Dec 2021 moved on a quarter.
  await expect(referrals.getByRole("group", { name: "First month the value covers" }).getByLabel("Month")).toHaveValue("4");
  await expect(referrals.getByRole("group", { name: "Last month the value covers" }).getByLabel("Year")).toHaveValue("2022");

  await page.goto(`/app/submissions/${q4.id}/submit/force`);
  const flag = page.locator("[data-section='MEASURE'][data-measure='homicide'] [data-check-status='flagged']");
  await expect(flag.first()).toContainText("Likely carried over: Homicides was 46 last quarter; this quarter's figure is 48.");
  await expect(page.locator("[data-submit-refusal]")).toContainText("The force part is not complete");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations).toEqual([]);
});
