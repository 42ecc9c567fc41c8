import { test, expect, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "./fixtures/auth";
import { testDb, uniqueId } from "./fixtures/db";
import { callServerAction } from "./fixtures/server-action";
import { buildQuarter, submissionState, writeSection, type BuiltQuarter } from "./fixtures/quarters";
import { startEdition } from "@/server/submissions/start-edition";
import { formatDate } from "@/lib/format";
import { quarterLabel } from "@/lib/quarters";
import type { Stage } from "@/lib/workflow/stages";
import { isoToInput } from "@/lib/schemas/meeting";

// Issue 5: correcting, withdrawing and gating publication. Each step is taken through the UI
// by the role that owns it; the database and the public pages are checked afterwards.

const SECRETARIAT = "secretariat@example.org";
const ANALYST = "analyst@example.org";
const PCC_OFFICE = "pcc-office@example.org";
const DCC = "dcc@example.org";
const PCC = "pcc@example.org";
const ADMIN = "admin@example.org";

const FORBIDDEN = "You do not have permission to do that.";
const ONE_OPEN_EDITION = "An edition of this quarter is already open. Only one edition at a time may be open.";
const NEEDS_CHANGE_NOTE = "Describe what changed in this edition, or mark it as a minor change.";
const NEEDS_LATE_REASON = "The publication deadline has passed: give the reason for publishing late.";
const PCC_OFFICE_ACTIONS = ["transition.start_pcc", "transition.submit_pcc", "transition.reopen_pcc"];
const DAY_MS = 86_400_000;

async function actAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

async function stageOf(submissionId: string) {
  return (await testDb.submission.findUniqueOrThrow({ where: { id: submissionId }, select: { stage: true } })).stage;
}

/** The stage, both on the page's stage tag and in the database. */
async function expectStage(page: Page, submissionId: string, stage: Stage) {
  await expect(page.locator("main [data-stage]")).toHaveAttribute("data-stage", stage);
  expect(await stageOf(submissionId)).toBe(stage);
}

/** Clicks a workflow button and waits for the task list, at the stage it leads to. */
async function press(page: Page, submissionId: string, button: string, stage: Stage) {
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.locator("[data-done-banner]")).toBeVisible();
  await expectStage(page, submissionId, stage);
}

/** Edits the meeting details through the form, as the secretariat, and returns to the submission. */
async function editMeeting(page: Page, path: string, fields: { meetingDate?: string; presenters?: string }) {
  await page.goto(`${path}/meeting`);
  if (fields.meetingDate !== undefined) {
    const date = page.getByRole("group", { name: "Meeting date" });
    const { day, month, year } = isoToInput(fields.meetingDate);
    await date.getByLabel("Day").fill(day);
    await date.getByLabel("Month").fill(month);
    await date.getByLabel("Year").fill(year);
  }
  if (fields.presenters !== undefined) await page.getByLabel("Presented by").fill(fields.presenters);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\?saved=meeting/);
  await page.goto(path);
}

/** Replaces paragraph 1 of a section through the section editor. */
async function editParagraph(page: Page, path: string, sectionId: string, text: string) {
  await page.goto(`${path}/sections/${sectionId}`);
  await page.getByLabel("Paragraph 1", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\?saved=/);
}

async function paragraphsOf(submissionId: string) {
  return (await testDb.paragraph.findMany({ where: { section: { submissionId } }, select: { text: true } })).map((p) => p.text);
}

async function feedOf(request: APIRequestContext) {
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  return response.text();
}

/** Today as a Europe/London calendar date, YYYY-MM-DD. */
function londonToday() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(),
  );
}

/** A date `count` weekdays after `iso` (weekends skipped; bank holidays are not, which can only move it a day or two). */
function addWeekdays(iso: string, count: number) {
  let ms = Date.parse(`${iso}T00:00:00Z`);
  for (let added = 0; added < count;) {
    ms += DAY_MS;
    const day = new Date(ms).getUTCDay();
    if (day !== 0 && day !== 6) added++;
  }
  return new Date(ms).toISOString().slice(0, 10);
}

/** A withdrawn quarter's public page: the notice with reason, date and explanation, and nothing of the statement. */
async function expectWithdrawalNotice(
  page: Page,
  path: string,
  expected: { withdrawnOn: string; explanation: string; paragraphs: string[]; marker: string },
) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { name: "This statement has been withdrawn" }), path).toBeVisible();
  await expect(page.getByText(`Withdrawn on ${expected.withdrawnOn}. Reason: Published in error.`), path).toBeVisible();
  await expect(page.getByText(expected.explanation), path).toBeVisible();
  await expect(page.locator("li[data-paragraph]"), path).toHaveCount(0);
  const html = await page.content();
  for (const text of expected.paragraphs) expect(html, `${path} still shows: ${text}`).not.toContain(text);
  expect(html, path).not.toContain(`(${expected.marker})`);
  expect(html, path).not.toContain("data.csv");
}

test.describe("correcting a published quarter", () => {
  test("a correction of one figure sends only the force part back; the PCC re-confirms the unchanged statement, its office doing nothing", async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    const q = await buildQuarter("published");
    const label = quarterLabel(q.fyStart, q.quarter);
    const homicide = await testDb.figure.findFirstOrThrow({ where: { submissionId: q.submissionId, name: "Homicides" } });
    const oldValue = homicide.latestValue!;
    const newValue = oldValue + 3;
    const why = `The homicide figure was last month's, not the quarter's (${q.marker}).`;
    const changeNote = `Corrected the number of homicides (${q.marker}).`;
    // Edition 1 went out some weeks ago, so "Published" and "Last updated" are different days.
    const firstPublished = new Date(Date.now() - 40 * DAY_MS);
    await testDb.submission.update({ where: { id: q.submissionId }, data: { publishedAt: firstPublished } });

    await test.step("the public reads edition 1 (which also puts its pages in the cache)", async () => {
      for (const path of [`/quarters/${q.slug}`, `/quarters/${q.slug}/editions/1`]) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
      }
    });

    let edition2 = "";
    let path2 = "";
    await test.step("the secretariat starts a new edition sending only the force part back, with what needs correcting", async () => {
      await actAs(page, SECRETARIAT);
      await page.goto(q.path);
      await expectStage(page, q.submissionId, "PUBLISHED");
      const form = page.getByRole("form", { name: "Start a new edition" });
      // Sending a part back needs a word on what to correct.
      await form.getByLabel(/^The force part/).check();
      await form.getByRole("button", { name: "Start a new edition" }).click();
      await expect(form.locator("[data-refusal]")).toHaveText("Say what needs correcting, for the people who will correct it.");
      expect(await testDb.submission.count({ where: { quarterId: q.quarterId } })).toBe(1);
      await form.getByLabel("What needs correcting, for the people who will correct it").fill(why);
      await form.getByRole("button", { name: "Start a new edition" }).click();
      await expect.poll(() => testDb.submission.count({ where: { quarterId: q.quarterId } })).toBe(2);
      const created = await testDb.submission.findFirstOrThrow({
        where: { quarterId: q.quarterId, edition: 2 },
        include: { approvals: true },
      });
      edition2 = created.id;
      path2 = `/app/submissions/${edition2}`;
      await expect(page).toHaveURL(new RegExp(`${path2}\\?done=edition$`));
      await expect(page.getByText(`${label}, edition 2`)).toBeVisible();
      expect(created).toMatchObject({ forceStatus: "RETURNED", pccStatus: "APPROVED", stage: "IN_PROGRESS" });
      // The force approval ended with the return; the PCC's is carried over.
      expect(created.approvals.map((a) => [a.part, a.carriedFrom, a.voidedAt === null]).sort()).toEqual([
        ["FORCE", 1, false],
        ["PCC", 1, true],
      ]);
      await expect(page.locator("[data-part-status='FORCE']")).toHaveText("Returned");
      await expect(page.locator("[data-part-status='PCC']")).toHaveText("Approved");
      // Edition 1 stays published until edition 2 replaces it.
      expect(await stageOf(q.submissionId)).toBe("PUBLISHED");
    });

    await test.step("a second open edition is refused, by the page and by the server", async () => {
      await page.goto(q.path);
      await expect(page.getByRole("link", { name: "edition 2" })).toBeVisible();
      await expect(page.getByRole("form", { name: "Start a new edition" })).toHaveCount(0);
      const result = await callServerAction(page.request, "startEditionAction", q.path, { quarterId: q.quarterId });
      expect(result).toMatchObject({ ok: false, message: ONE_OPEN_EDITION });
      expect(await testDb.submission.count({ where: { quarterId: q.quarterId } })).toBe(2);
    });

    await test.step("the analyst sees why on their home page, corrects the one figure and submits", async () => {
      await actAs(page, ANALYST);
      await page.goto("/app");
      await expect(page.locator(`[data-task="${label}, edition 2"] [data-returned='FORCE']`)).toContainText(why);
      await page.goto(`${path2}/figures/homicide`);
      await page.getByRole("group", { name: "Homicides", exact: true }).getByLabel("Latest value", { exact: true }).fill(String(newValue));
      await page.getByRole("button", { name: "Save and continue" }).click();
      await expect(page).toHaveURL(/\?saved=figures/);
      await page.goto(`${path2}/submit/force`);
      const flagged = await page.getByLabel("I have checked the flagged numbers").count();
      if (flagged) await page.getByLabel("I have checked the flagged numbers").check();
      // Both parts are with their approvers: the corrected force part, and the PCC statement to confirm.
      await press(page, edition2, "Submit the force part", "APPROVAL");
      // The published edition is untouched.
      expect((await testDb.figure.findUniqueOrThrow({ where: { id: homicide.id } })).latestValue).toBe(oldValue);
    });

    await test.step("the PCC's approval answered the old force part: it is void, and the PCC's office is told but need do nothing", async () => {
      const pcc = await testDb.approval.findFirstOrThrow({ where: { submissionId: edition2, part: "PCC" } });
      expect(pcc.voidedAt).not.toBeNull();
      expect((await testDb.submission.findUniqueOrThrow({ where: { id: edition2 } })).pccStatus).toBe("SUBMITTED");
      await actAs(page, PCC_OFFICE);
      await page.goto("/app");
      const item = page.locator(`[data-task="${label}, edition 2"]`);
      await expect(item.locator("[data-pcc-notice]")).toContainText("The force part has changed since the PCC statement was approved");
      await expect(item.getByRole("link")).not.toContainText(["Submit"]);
    });

    await test.step("the DCC approves the corrected force part, seeing the figure old → new", async () => {
      await actAs(page, DCC);
      await page.goto(`${path2}/review/force`);
      const changes = page.locator("[data-changes-since]");
      await expect(changes.locator("[data-value-change='Homicides: Latest value']")).toContainText(`${oldValue}`);
      await expect(changes.locator("[data-value-change='Homicides: Latest value']")).toContainText(`${newValue}`);
      await press(page, edition2, "Approve the force part", "APPROVAL");
    });

    await test.step("the PCC confirms the unchanged statement with one approval", async () => {
      await actAs(page, PCC);
      await page.goto("/app");
      await page.locator(`[data-task="${label}, edition 2"]`).getByRole("link", { name: "Review and approve the PCC statement" }).click();
      await expect(page.locator("[data-changes-since]")).toContainText("Nothing has changed.");
      await press(page, edition2, "Approve the PCC statement", "READY");
      const pccActions = await testDb.auditEvent.count({ where: { submissionId: edition2, action: { in: PCC_OFFICE_ACTIONS } } });
      expect(pccActions, "the PCC's office took no step in edition 2").toBe(0);
    });

    await test.step("publishing without a change note is refused; with one it publishes and supersedes edition 1", async () => {
      await actAs(page, SECRETARIAT);
      await page.goto(`${path2}/publish`);
      const publish = page.getByRole("form", { name: "Publish" });
      await expect(publish.getByLabel("What changed in this edition")).toBeVisible();
      await expect(publish.getByLabel("This is a minor change (for example a typo), with no change note")).not.toBeChecked();
      const before = await submissionState(edition2);
      await publish.getByRole("button", { name: "Publish", exact: true }).click();
      await expect(publish.locator("[data-refusal]")).toHaveText(NEEDS_CHANGE_NOTE);
      expect(await submissionState(edition2)).toEqual(before);
      expect(await stageOf(q.submissionId)).toBe("PUBLISHED");

      await publish.getByLabel("What changed in this edition").fill(changeNote);
      await press(page, edition2, "Publish", "PUBLISHED");
      expect(await stageOf(q.submissionId)).toBe("SUPERSEDED");
      const published = await testDb.submission.findUniqueOrThrow({
        where: { id: edition2 },
        select: { publishedAt: true, changeNote: true, minorChange: true },
      });
      expect(published).toMatchObject({ changeNote, minorChange: false });
      expect(published.publishedAt).not.toBeNull();
      await expect(page.getByRole("list", { name: "History, newest first" }).locator("li[data-action='transition.publish']")).toContainText(
        `Change note: ${changeNote}`,
      );
    });

    await test.step("the public page shows edition 2 with the corrected figure, both dates, and the history", async () => {
      const edition2Published = (await testDb.submission.findUniqueOrThrow({ where: { id: edition2 }, select: { publishedAt: true } }))
        .publishedAt!;
      await page.context().clearCookies();
      const response = await page.goto(`/quarters/${q.slug}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("[data-published]")).toHaveText(formatDate(firstPublished));
      await expect(page.locator("[data-last-updated]")).toHaveText(formatDate(edition2Published));
      const history = page.getByRole("region", { name: "History of this statement" });
      await expect(history.locator("[data-edition='1']")).toContainText(`${formatDate(firstPublished)}: First published.`);
      await expect(history.locator("[data-edition='2']")).toContainText(`${formatDate(edition2Published)}: ${changeNote}`);
      await expect(history.getByRole("link", { name: "Edition 1" })).toHaveAttribute("href", `/quarters/${q.slug}/editions/1`);
      const row = page.locator("[data-measure=homicide]").getByRole("row", { name: /Homicides/ });
      await expect(row.getByRole("cell").nth(1)).toContainText(String(newValue));
    });

    await test.step("the feed announces the update with its change note", async () => {
      const feed = await feedOf(request);
      expect(feed).toContain(`Updated: ${label}: National Policing Priorities ${q.marker}`);
      expect(feed).toContain(`/quarters/${q.slug}/editions/2`);
      expect(feed).toContain(changeNote);
    });

    await test.step("edition 1 stays readable at its permanent URL, with the old figure and a notice that it was replaced", async () => {
      const old = await page.goto(`/quarters/${q.slug}/editions/1`);
      expect(old?.status()).toBe(200);
      const row = page.locator("[data-measure=homicide]").getByRole("row", { name: /Homicides/ });
      await expect(row.getByRole("cell").nth(1)).toContainText(String(oldValue));
      await expect(page.getByRole("heading", { name: "This is edition 1, which has been replaced" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Read the latest version" })).toHaveAttribute("href", `/quarters/${q.slug}`);
    });
  });
});

/** Starts a correction of a published quarter through the domain operation, as the fixture secretariat. */
async function openCorrection(q: BuiltQuarter) {
  const { submissionId } = await startEdition({
    actor: q.actors.secretariat,
    quarterId: q.quarterId,
    returnParts: ["FORCE"],
    comment: `Correct the force part (${q.marker}).`,
  });
  return { submissionId, path: `/app/submissions/${submissionId}` };
}

/** What the public and the database hold for a quarter: its editions, and its public page's paragraphs. */
async function publicState(request: APIRequestContext, q: BuiltQuarter) {
  const response = await request.get(`/quarters/${q.slug}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  return {
    editions: await testDb.submission.findMany({ where: { quarterId: q.quarterId }, select: { id: true, edition: true, stage: true } }),
    published: await submissionState(q.submissionId),
    paragraphs: (await paragraphsOf(q.submissionId)).filter((text) => html.includes(text)).length,
  };
}

test.describe("abandoning a correction", () => {
  test("the secretariat abandons an open correction from its page; the published edition stays public and unchanged", async ({
    page,
    request,
  }) => {
    const q = await buildQuarter("published");
    const correction = await openCorrection(q);
    const draft = `A correction that is never published (${q.marker}, abandoned).`;
    const homicide = await testDb.section.findFirstOrThrow({ where: { submissionId: correction.submissionId, measureKey: "homicide" } });
    await writeSection(q.actors.analyst, homicide.id, [draft]);
    const before = await publicState(request, q);
    expect(before.paragraphs).toBeGreaterThan(5);

    await actAs(page, SECRETARIAT);
    await page.goto(correction.path);
    const disclosure = page.locator("details[data-abandon-edition]");
    await expect(disclosure).not.toHaveAttribute("open");
    await disclosure.locator("summary").click();
    const form = disclosure.getByRole("form", { name: "Abandon this edition" });
    await expect(form).toContainText("This deletes edition 2 and everything entered in it.");
    await form.getByRole("button", { name: "Abandon this edition" }).click();
    await expect(page).toHaveURL(/\/app\/quarters$/);

    expect(await testDb.submission.findUnique({ where: { id: correction.submissionId } })).toBeNull();
    expect(await testDb.paragraph.count({ where: { text: draft } })).toBe(0);
    expect(await testDb.auditEvent.count({ where: { action: "edition.abandon", entityId: q.quarterId, actorEmail: SECRETARIAT } })).toBe(1);
    const after = await publicState(request, q);
    expect(after).toEqual({ ...before, editions: before.editions.filter((e) => e.id !== correction.submissionId) });
    expect(after.editions).toEqual([{ id: q.submissionId, edition: 1, stage: "PUBLISHED" }]);
    const html = await (await request.get(`/quarters/${q.slug}`)).text();
    expect(html).not.toContain(draft);

    // The published edition's page offers a new correction again and lists no other edition.
    await page.goto(q.path);
    await expectStage(page, q.submissionId, "PUBLISHED");
    await expect(page.getByRole("link", { name: "edition 2" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Start a new edition" })).toBeVisible();
  });

  test("an ANALYST calling abandonEditionAction over HTTP is refused, and nothing changes", async ({ page, request }) => {
    const q = await buildQuarter("published");
    const correction = await openCorrection(q);
    await actAs(page, ANALYST);
    await page.goto(correction.path);
    await expectStage(page, correction.submissionId, "IN_PROGRESS");
    await expect(page.locator("details[data-abandon-edition]")).toHaveCount(0);
    const before = { ...(await publicState(request, q)), correction: await submissionState(correction.submissionId) };
    const result = await callServerAction(page.request, "abandonEditionAction", correction.path, { submissionId: correction.submissionId });
    expect(result).toMatchObject({ ok: false, message: FORBIDDEN });
    expect({ ...(await publicState(request, q)), correction: await submissionState(correction.submissionId) }).toEqual(before);
    expect(await testDb.auditEvent.count({ where: { action: "edition.abandon", entityId: q.quarterId } })).toBe(0);
  });
});

test.describe("withdrawing a quarter", () => {
  test("the secretariat withdraws a published quarter: every public URL shows the notice and none of the statement", async ({
    page,
    request,
  }) => {
    const q = await buildQuarter("published");
    const label = quarterLabel(q.fyStart, q.quarter);
    const explanation = `The figures were entered against the wrong quarter (${uniqueId("why")}).`;
    const paragraphs = await paragraphsOf(q.submissionId);
    expect(paragraphs.filter((p) => p.includes(`(${q.marker})`)).length).toBeGreaterThan(5);

    // The public has read it, so its pages are in the cache.
    for (const path of [`/quarters/${q.slug}`, `/quarters/${q.slug}/editions/1`]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text()).toContain(`(${q.marker})`);
    }
    expect((await request.get(`/quarters/${q.slug}/data.csv`)).status()).toBe(200);

    await actAs(page, SECRETARIAT);
    await page.goto(q.path);
    await page.getByText("Withdraw this quarter", { exact: true }).first().click();
    const withdraw = page.getByRole("form", { name: "Withdraw this quarter" });
    await withdraw.getByLabel("Reason", { exact: true }).selectOption({ label: "Published in error" });
    await withdraw.getByLabel("Explanation (shown on the public page)").fill(explanation);
    await press(page, q.submissionId, "Withdraw this quarter", "WITHDRAWN");
    const stored = await testDb.submission.findUniqueOrThrow({
      where: { id: q.submissionId },
      select: { withdrawnAt: true, withdrawalReason: true, withdrawalExplanation: true },
    });
    expect(stored).toMatchObject({ withdrawalReason: "PUBLISHED_IN_ERROR", withdrawalExplanation: explanation });
    expect(stored.withdrawnAt).not.toBeNull();
    const withdrawnOn = formatDate(stored.withdrawnAt);
    expect(
      await testDb.auditEvent.count({ where: { submissionId: q.submissionId, action: "transition.withdraw", comment: explanation } }),
    ).toBe(1);

    await page.context().clearCookies();
    await expectWithdrawalNotice(page, `/quarters/${q.slug}`, { withdrawnOn, explanation, paragraphs, marker: q.marker });

    const csv = await request.get(`/quarters/${q.slug}/data.csv`);
    expect(csv.status()).toBe(410);
    expect(await csv.text()).toBe(`The ${label} statement has been withdrawn. Reason: Published in error. ${explanation}\n`);
    const json = await request.get(`/quarters/${q.slug}/data.json`);
    expect(json.status()).toBe(410);
    const body = (await json.json()) as { withdrawn: { reason: string; explanation: string; notice: string }; figures?: unknown };
    expect(body.withdrawn).toMatchObject({ reason: "Published in error", explanation });
    expect(body.figures).toBeUndefined();

    const feed = await feedOf(request);
    expect(feed).toContain(`Withdrawn: ${label}: National Policing Priorities ${q.marker}`);
    expect(feed).toContain(`${q.slug}#withdrawn`);
    expect(feed).not.toContain(`(${q.marker})`);

    // The edition's permanent URL gives the notice too, not the statement it had cached.
    await expectWithdrawalNotice(page, `/quarters/${q.slug}/editions/1`, { withdrawnOn, explanation, paragraphs, marker: q.marker });
  });

  test("an ADMIN may withdraw too; an ANALYST is refused by the server", async ({ page, request }) => {
    const q = await buildQuarter("published");
    const input = {
      submissionId: q.submissionId,
      action: "withdraw",
      withdrawalReason: "PUBLISHED_IN_ERROR",
      comment: `Withdrawn by the administrator (${q.marker}).`,
    };

    await actAs(page, ANALYST);
    await page.goto(q.path);
    await expect(page.getByRole("form", { name: "Withdraw this quarter" })).toHaveCount(0);
    const before = await submissionState(q.submissionId);
    const refused = await callServerAction(page.request, "takeActionAction", q.path, input);
    expect(refused).toMatchObject({ ok: false, message: FORBIDDEN });
    expect(await submissionState(q.submissionId)).toEqual(before);
    expect((await request.get(`/quarters/${q.slug}/data.csv`)).status()).toBe(200);

    await actAs(page, ADMIN);
    const result = await callServerAction(page.request, "takeActionAction", q.path, input);
    expect(result).toMatchObject({ ok: true });
    expect(
      await testDb.submission.findUniqueOrThrow({ where: { id: q.submissionId }, select: { stage: true, withdrawalReason: true } }),
    ).toEqual({ stage: "WITHDRAWN", withdrawalReason: "PUBLISHED_IN_ERROR" });
    expect((await request.get(`/quarters/${q.slug}/data.csv`)).status()).toBe(410);
    await page.goto(q.path);
    await expectStage(page, q.submissionId, "WITHDRAWN");
  });
});

test.describe("the statutory checklist", () => {
  test("is shown from the start: a new quarter lists every national measure's figures as outstanding", async ({ page }) => {
    const q = await buildQuarter("created");
    const measures = Object.keys(q.sections.measures);
    expect(measures).toHaveLength(6);
    await actAs(page, SECRETARIAT);
    await page.goto(q.path);
    const checklist = page.locator("details#checklist");
    await expect(checklist).toHaveAttribute("open", "");
    await expect(checklist.locator("[data-check^='data:']")).toHaveCount(6);
    for (const key of measures) {
      await expect(checklist.locator(`[data-check='data:${key}']`)).toHaveAttribute("data-done", "false");
      await expect(checklist.locator(`[data-check='force:${key}']`)).toHaveAttribute("data-done", "false");
      await expect(checklist.locator(`[data-check='pcc:${key}']`)).toHaveAttribute("data-done", "false");
    }
    await expect(checklist.locator("[data-check='data:homicide']")).toContainText(
      'Not done: Figures or a "no local data" reason for Reduce murder and other homicide (Incomplete: Homicides)',
    );
    await expect(checklist.locator("[data-check='meeting']")).toHaveAttribute("data-done", "true");
    await expect(checklist.locator("[data-check='approval:force']")).toHaveAttribute("data-done", "false");
    await expect(checklist.locator("[data-check='approval:pcc']")).toHaveAttribute("data-done", "false");
  });

  test("a priority the PCC's office marks not applicable, with a reason, counts as addressed", async ({ page }) => {
    const q = await buildQuarter("created");
    const reason = `Cyber crime is reported regionally, not by this PCC (${q.marker}).`;
    await actAs(page, PCC_OFFICE);
    await page.goto(q.path);
    await expect(page.locator("[data-check='pcc:cyber']")).toHaveAttribute("data-done", "false");
    await page.getByRole("link", { name: "National priorities not applicable" }).click();
    const cyber = page.getByRole("group", { name: "Tackle cyber crime" });
    await cyber.getByLabel("Not applicable to the PCC statement").check();

    // A mark without a reason is refused beside the field.
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(cyber.getByLabel("Why it does not apply")).toHaveAccessibleDescription(/Say why this priority is not applicable/);
    expect(await testDb.pccNotApplicable.count({ where: { submissionId: q.submissionId } })).toBe(0);

    await cyber.getByLabel("Why it does not apply").fill(reason);
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(/\?saved=coverage/);
    await page.goto(q.path);
    const item = page.locator("[data-check='pcc:cyber']");
    await expect(item).toHaveAttribute("data-done", "true");
    await expect(item).toContainText(`Done: PCC statement addresses Tackle cyber crime (Marked not applicable: ${reason})`);
    await page.goto(`${q.path}/review/pcc`);
    await expect(page.getByText(`Not applicable: Tackle cyber crime: ${reason}`)).toBeVisible();
    await page.goto(q.path);
    for (const key of Object.keys(q.sections.measures).filter((k) => k !== "cyber")) {
      await expect(page.locator(`[data-check='pcc:${key}']`)).toHaveAttribute("data-done", "false");
    }
    expect(
      await testDb.pccNotApplicable.findMany({ where: { submissionId: q.submissionId }, select: { measureKey: true, reason: true } }),
    ).toEqual([{ measureKey: "cyber", reason }]);
  });

  test("publishing a ready quarter is refused while the gate is not met, naming what is missing", async ({ page }) => {
    const q = await buildQuarter("ready");
    await actAs(page, SECRETARIAT);
    await page.goto(q.path);
    await expect(page.locator("[data-check='meeting']")).toHaveAttribute("data-done", "true");

    // Meeting details are the secretariat's, outside both approved parts: clearing the presenters voids nothing.
    await editMeeting(page, q.path, { presenters: "" });
    expect((await testDb.submission.findUniqueOrThrow({ where: { id: q.submissionId }, select: { presenters: true } })).presenters).toBe(
      "",
    );
    await expectStage(page, q.submissionId, "READY");
    expect(await testDb.approval.count({ where: { submissionId: q.submissionId, voidedAt: null } })).toBe(2);
    const meeting = page.locator("[data-check='meeting']");
    await expect(meeting).toHaveAttribute("data-done", "false");
    await expect(meeting).toContainText("Meeting details are complete (Missing: presenters)");
    await expect(page.locator("details#checklist summary")).toHaveText("Statutory checklist: 1 of 22 outstanding");

    const before = await submissionState(q.submissionId);
    await page.goto(`${q.path}/publish`);
    await expect(page.locator("[data-publish-missing]")).toContainText("Meeting details are complete (Missing: presenters)");
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("form", { name: "Publish" }).locator("[data-refusal]")).toHaveText(
      "It cannot be published until these are complete: Meeting details are complete (Missing: presenters).",
    );
    expect(await stageOf(q.submissionId)).toBe("READY");
    expect(await submissionState(q.submissionId)).toEqual(before);
    expect(before.publishedAt).toBeNull();
    expect(await testDb.auditEvent.count({ where: { submissionId: q.submissionId, action: "transition.publish" } })).toBe(0);
  });
});

test.describe("the publication deadline", () => {
  test("publishing after the deadline needs a reason, which the history and the audit trail keep", async ({ page }) => {
    const q = await buildQuarter("ready");
    const reason = `The board meeting was moved forward at short notice (${q.marker}).`;
    await actAs(page, SECRETARIAT);
    await page.goto(q.path);
    await expect(page.locator("main [data-level]")).toHaveAttribute("data-level", "ok");
    await page.goto(`${q.path}/publish`);
    await expect(page.getByRole("form", { name: "Publish" }).getByLabel("Reason for publishing after the deadline")).toHaveCount(0);

    // Meeting details are outside the approvals, so moving the meeting keeps the quarter ready.
    await editMeeting(page, q.path, { meetingDate: "2022-06-01" });
    await expectStage(page, q.submissionId, "READY");
    const tag = page.locator("main [data-level]");
    await expect(tag).toHaveAttribute("data-level", "overdue");
    await expect(tag).toHaveText(/^Deadline passed \(\d{1,2} May 2022\)$/);

    await page.goto(`${q.path}/publish`);
    const publish = page.getByRole("form", { name: "Publish" });
    const before = await submissionState(q.submissionId);
    await publish.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(publish.locator("[data-refusal]")).toHaveText(NEEDS_LATE_REASON);
    expect(await submissionState(q.submissionId)).toEqual(before);

    await publish.getByLabel("Reason for publishing after the deadline").fill(reason);
    await press(page, q.submissionId, "Publish", "PUBLISHED");
    const history = page.getByRole("list", { name: "History, newest first" });
    await expect(history.locator("li[data-action='transition.publish']")).toContainText(`Reason for publishing late: ${reason}`);
    expect((await testDb.submission.findUniqueOrThrow({ where: { id: q.submissionId }, select: { lateReason: true } })).lateReason).toBe(
      reason,
    );
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { submissionId: q.submissionId, action: "transition.publish" } });
    expect(JSON.parse(audit.details ?? "{}")).toMatchObject({ lateReason: reason });
  });

  test("the dashboard colours the days left: a deadline a few working days away is amber or red, a distant one ok", async ({ page }) => {
    const near = await buildQuarter("created");
    const far = await buildQuarter("created");
    // With 5 clear working days, a meeting 9 weekdays away has its deadline about 4 working days
    // away (1 to 3 over Christmas bank holidays): amber or red. A meeting only ~3 working days
    // away would already be past its deadline (overdue), which the late-publishing test covers.
    const meetingDate = addWeekdays(londonToday(), 9);
    await actAs(page, SECRETARIAT);
    await editMeeting(page, near.path, { meetingDate });

    await page.goto("/app/quarters");
    const nearTag = page.locator(`tr[data-quarter='${near.slug}'] [data-level]`);
    await expect(nearTag).toHaveAttribute("data-level", /^(amber|red)$/);
    await expect(nearTag).toHaveText(/^[1-5] working days? left \(publish by \d{1,2} \w+ \d{4}\)$/);
    const farTag = page.locator(`tr[data-quarter='${far.slug}'] [data-level]`);
    await expect(farTag).toHaveAttribute("data-level", "ok");
    await expect(farTag).toHaveText(/^\d+ working days left \(publish by \d{1,2} \w+ \d{4}\)$/);
  });
});

test.describe("the figure checker", () => {
  test("a wrong percentage in a force paragraph is flagged inline and in the summary; submitting needs the author's tick", async ({
    page,
  }) => {
    const q = await buildQuarter("force-written");
    const homicides = await testDb.figure.findFirstOrThrow({
      where: { submissionId: q.submissionId, measureKey: "homicide", name: "Homicides" },
    });
    const latest = homicides.latestValue!;
    const baseline = homicides.baselineValue!;
    expect(latest).not.toBeNull();
    expect(baseline).not.toBeNull();
    const actual = Math.abs(((latest - baseline) / baseline) * 100);
    const wrong = Math.round(actual) + 9;
    const text = `Homicides were ${latest} in Jan–Dec 2030 against ${baseline} in the year ending June 2019, a change of ${wrong}% (${q.marker}).`;

    await actAs(page, ANALYST);
    await editParagraph(page, q.path, q.sections.measures["homicide"]!, text);
    await page.goto(`${q.path}/submit/force`);
    const section = page.locator("[data-section='MEASURE'][data-measure='homicide']");
    const flagged = section.locator("[data-check-status='flagged']");
    await expect(flagged).toHaveCount(1);
    await expect(flagged).toContainText(`“${wrong}%”: Likely error: Homicides changed by`);
    await expect(section.locator("[data-check-status='confirmed']")).toHaveCount(2);
    const summary = page.locator("[data-figure-check-summary]");
    await expect(summary).toContainText("1 looks wrong (marked below). Check before you continue.");

    // Flags warn; they do not block, once the author says they checked them.
    const before = await submissionState(q.submissionId);
    await page.getByRole("button", { name: "Submit the force part" }).click();
    await expect(page.locator("[data-refusal]")).toHaveText(
      "The figure check flagged numbers in the force statement. Check them, then tick “I have checked the flagged numbers”.",
    );
    expect(await submissionState(q.submissionId)).toEqual(before);
    await page.getByLabel("I have checked the flagged numbers").check();
    await press(page, q.submissionId, "Submit the force part", "IN_PROGRESS");
    expect((await testDb.submission.findUniqueOrThrow({ where: { id: q.submissionId } })).forceStatus).toBe("SUBMITTED");
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { submissionId: q.submissionId, action: "transition.submit_force" } });
    expect(JSON.parse(audit.details ?? "{}")).toMatchObject({ checkedFlags: true });
    expect((await testDb.paragraph.findFirstOrThrow({ where: { sectionId: q.sections.measures["homicide"]! } })).text).toBe(text);
  });
});

test.describe("who may start an edition", () => {
  test("an ADMIN, who may withdraw, may not correct: no button, and the server refuses", async ({ page }) => {
    const q = await buildQuarter("published");
    await actAs(page, ADMIN);
    await page.goto(q.path);
    await expect(page.getByRole("button", { name: "Start a new edition" })).toHaveCount(0);
    const result = await callServerAction(page.request, "startEditionAction", q.path, {
      quarterId: q.quarterId,
      returnParts: ["FORCE"],
      comment: "x",
    });
    expect(result).toMatchObject({ ok: false, message: FORBIDDEN });
    expect(await testDb.submission.count({ where: { quarterId: q.quarterId } })).toBe(1);
  });
});
