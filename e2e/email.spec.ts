import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signIn } from "./fixtures/auth";
import { createTestUser, testDb, uniqueId } from "./fixtures/db";
import { buildQuarter } from "./fixtures/quarters";
import { callServerAction } from "./fixtures/server-action";
import { serverLogMark } from "./fixtures/server-log";

// The e2e server has no SMTP_URL: messages are written to its log and marked so in the outbox.

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
}

/** A failed message, as the sender leaves one after three refused tries. */
async function failedMessage(toEmail: string) {
  return testDb.outboxMessage.create({
    data: {
      kind: "force-awaits-approval",
      toEmail,
      toName: "Failed Recipient",
      subject: `${uniqueId("Subject ")}: the force part awaits your approval`,
      text: "Hello,\n\nNext step: review the force part.\nhttp://localhost/app",
      link: "http://localhost/app",
      status: "FAILED",
      attempts: 3,
      lastError: "Can't send mail - all recipients were rejected: 550 Mailbox unavailable",
    },
  });
}

test.describe("Your account: turning emails off", () => {
  test("a person turns their emails off and on; while off, nothing is queued for them", async ({ page }) => {
    const me = await createTestUser(["ANALYST"], "Emma Mailer");
    const colleague = await createTestUser(["ANALYST"], "Colin League");
    await signIn(page, me.email);
    await page.goto("/app");
    await page.getByRole("link", { name: "Your account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expect(page.getByText(me.email)).toBeVisible();
    await expectNoAxeViolations(page);

    const box = page.getByLabel("Email me when something waits for me");
    await expect(box).toBeChecked();
    await box.uncheck();
    await page.getByRole("button", { name: "Save email settings" }).click();
    await expect(page.getByText("Emails are off: Scorecard will not email you.")).toBeVisible();
    expect((await testDb.user.findUniqueOrThrow({ where: { id: me.id } })).emailNotifications).toBe(false);

    // A new quarter tells the analysts: the colleague, not the person who turned emails off.
    const q = await buildQuarter("created");
    const queued = await testDb.outboxMessage.findMany({ where: { submissionId: q.submissionId }, select: { recipientId: true } });
    expect(queued.map((m) => m.recipientId)).toContain(colleague.id);
    expect(queued.map((m) => m.recipientId)).not.toContain(me.id);

    await page.reload();
    await expect(box).not.toBeChecked();
    await box.check();
    await page.getByRole("button", { name: "Save email settings" }).click();
    await expect(page.getByText("Emails are on.")).toBeVisible();
    expect((await testDb.user.findUniqueOrThrow({ where: { id: me.id } })).emailNotifications).toBe(true);
    const audit = await testDb.auditEvent.findMany({
      where: { entityId: me.id, action: "user.email-notifications" },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.toStatus)).toEqual(["off", "on"]);

    // The colleague sees the email on their own account page, once the server has written it to the log.
    await page.context().clearCookies();
    await signIn(page, colleague.email);
    await expect
      .poll(
        async () => (await testDb.outboxMessage.findFirst({ where: { recipientId: colleague.id, submissionId: q.submissionId } }))?.status,
      )
      .toBe("LOGGED");
    await page.goto("/app/account");
    const recent = page.locator("[data-recent-mail] li");
    await expect(recent.filter({ hasText: "a new quarter to prepare" })).toContainText("Written to the log");
    await expectNoAxeViolations(page);
  });

  test("the setting is only ever the signed-in person's own, and needs a session", async ({ page, playwright }) => {
    const me = await createTestUser(["DCC"]);
    const other = await createTestUser(["DCC"]);
    await signIn(page, me.email);
    // A crafted request naming someone else changes the caller's own setting only (the schema has no user).
    const result = await callServerAction(page.request, "saveEmailSettingsAction", "/app/account", {
      emailNotifications: false,
      userId: other.id,
    });
    expect(result.ok).toBe(true);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: other.id } })).emailNotifications).toBe(true);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: me.id } })).emailNotifications).toBe(false);

    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const refused = await callServerAction(anonymous, "saveEmailSettingsAction", "/app/account", { emailNotifications: false });
    expect(refused.ok).toBe(false);
    const signInFirst = await anonymous.get("/app/account", { maxRedirects: 0 });
    expect(signInFirst.status()).toBeGreaterThanOrEqual(300);
    expect(signInFirst.headers()["location"]).toContain("/login");
  });
});

test.describe("the outbox (ADMIN)", () => {
  test("an administrator sees every email and its status, and sends a failed one again", async ({ page }) => {
    const recipient = await createTestUser(["DCC"], "Fay Failed");
    const failed = await failedMessage(recipient.email);
    await signIn(page, "admin@example.org");
    await page.goto("/app");
    await page.getByRole("navigation", { name: "Intranet" }).getByRole("link", { name: "Outbox" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
    await expect(page.getByText("No mail server is configured (SMTP_URL)")).toBeVisible();
    await expectNoAxeViolations(page);

    await page
      .getByRole("navigation", { name: "Emails by status" })
      .getByRole("link", { name: /^Failed/ })
      .click();
    await expect(page).toHaveURL(/status=FAILED/);
    const row = page.locator(`[data-message="${failed.id}"]`);
    await expect(row).toContainText("Failed");
    await expect(row).toContainText("550 Mailbox unavailable");
    await row.getByText(failed.subject).click();
    await expect(row.getByText("Next step: review the force part.")).toBeVisible();
    await expectNoAxeViolations(page);

    const log = serverLogMark();
    await row.getByRole("button", { name: "Send again" }).click();
    // Queued again with fresh tries; the server's sender writes it to its log.
    await expect.poll(async () => (await testDb.outboxMessage.findUniqueOrThrow({ where: { id: failed.id } })).status).toBe("LOGGED");
    await expect.poll(() => log.since()).toContain(`[mail] To: Failed Recipient <${recipient.email}> | Subject: ${failed.subject}`);
    await page.goto(`/app/outbox?status=LOGGED`);
    await expect(page.locator(`[data-message="${failed.id}"]`)).toContainText("Written to the log");
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "mail.resend", entityId: failed.id } });
    expect(audit.actorEmail).toBe("admin@example.org");
  });
});

test.describe("the outbox is refused to everyone else", () => {
  test("non-administrators get 404 and no Outbox link", async ({ page }) => {
    for (const email of ["secretariat@example.org", "analyst@example.org", "dcc@example.org"]) {
      await page.context().clearCookies();
      await signIn(page, email);
      expect((await page.goto("/app/outbox"))?.status(), email).toBe(404);
      expect((await page.goto("/app/outbox?status=FAILED"))?.status(), email).toBe(404);
      await expect(page.getByRole("navigation", { name: "Intranet" }).getByRole("link", { name: "Outbox" })).toHaveCount(0);
    }
  });

  test("its action called over HTTP by a non-administrator, or nobody signed in, is refused and changes nothing", async ({
    page,
    playwright,
  }) => {
    const failed = await failedMessage(`${uniqueId("nobody")}@example.test`);
    await signIn(page, "secretariat@example.org");
    for (const input of [{ messageId: failed.id }, {}]) {
      const result = await callServerAction(page.request, "resendMailAction", "/app/outbox", input);
      expect(result).toMatchObject({ ok: false, message: "You do not have permission to do that." });
    }
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    expect((await callServerAction(anonymous, "resendMailAction", "/app/outbox", { messageId: failed.id })).ok).toBe(false);
    expect(await testDb.outboxMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "FAILED", attempts: 3 });
    expect(await testDb.auditEvent.count({ where: { action: "mail.resend", entityId: failed.id } })).toBe(0);
  });
});
