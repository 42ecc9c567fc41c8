import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signIn, signInApi, signInWithForm } from "./fixtures/auth";
import { createTestUser, testDb } from "./fixtures/db";

const DEMO_ROLES = [
  { email: "analyst@example.org", role: "Force analyst", can: "Quarters" },
  { email: "dcc@example.org", role: "Deputy Chief Constable", can: "Quarters" },
  { email: "pcc-office@example.org", role: "PCC's office", can: "Quarters" },
  { email: "pcc@example.org", role: "Police and Crime Commissioner", can: "Quarters" },
  { email: "secretariat@example.org", role: "Board secretariat", can: "New quarter" },
  { email: "admin@example.org", role: "Administrator", can: "Users" },
];

test.describe("sign-in", () => {
  for (const demo of DEMO_ROLES) {
    test(`${demo.email} signs in through the form and lands on a home page for the role`, async ({ page }) => {
      await signInWithForm(page, demo.email, "scorecard-demo");
      await expect(page).toHaveURL(/\/app$/);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome");
      await expect(page.getByText(demo.role).first()).toBeVisible();
      await expect(page.getByRole("main").getByRole("link", { name: demo.can })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }

  test("a role's home lists what is waiting for that role, and only that", async ({ browser }) => {
    const analyst = await (await browser.newContext()).newPage();
    await signIn(analyst, "analyst@example.org");
    await analyst.goto("/app");
    await expect(analyst.locator("[data-task='2021/22 Q4']")).toContainText("Finish the force part and submit it to the DCC");
    const dcc = await (await browser.newContext()).newPage();
    await signIn(dcc, "dcc@example.org");
    await dcc.goto("/app");
    await expect(dcc.locator("[data-task='2021/22 Q4']")).toHaveCount(0);
    // The DCC still sees what the others are waiting for.
    await expect(dcc.locator("[data-other='2021/22 Q4']")).toContainText("Force analysts: finish and submit the force part");
  });

  test("a wrong password and an unknown email get the same message", async ({ page }) => {
    const user = await createTestUser(["ANALYST"]);
    await signInWithForm(page, user.email, "wrong-password-123");
    await expect(page.locator("[data-form-message=error]")).toHaveText("The email address or password is incorrect.");
    await signInWithForm(page, `nobody-${user.email}`, "wrong-password-123");
    await expect(page.locator("[data-form-message=error]")).toHaveText("The email address or password is incorrect.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the sixth failure for one account is throttled, even with the right password", async ({ page }) => {
    const user = await createTestUser(["ANALYST"]);
    for (let i = 0; i < 5; i++) expect((await signInApi(page.request, user.email, "not-the-password")).ok).toBe(false);
    await signInWithForm(page, user.email, user.password);
    await expect(page.locator("[data-form-message=error]")).toContainText("Too many failed sign-in attempts for this account");
    await expect(page).toHaveURL(/\/login/);
    // Another account is unaffected.
    const other = await createTestUser(["ANALYST"]);
    expect((await signInApi(page.request, other.email, other.password)).ok).toBe(true);
  });

  test("the session cookie expires after the configured 8 hours", async ({ page, context }) => {
    await signIn(page, "analyst@example.org");
    const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(cookie).toBeTruthy();
    const hours = (cookie!.expires * 1000 - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThan(8.1);
    expect(cookie!.httpOnly).toBe(true);
  });

  test("sign-out ends the session", async ({ page }) => {
    await signIn(page, "pcc@example.org");
    await page.goto("/app");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/");
    await page.goto("/app");
    await expect(page).toHaveURL(/\/login/);
  });

  test("everything under /app needs a session", async ({ page }) => {
    for (const path of ["/app", "/app/quarters", "/app/users"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    }
  });
});

test.describe("accessibility of public pages", () => {
  for (const path of ["/", "/login"]) {
    test(`${path} has no axe violations and a skip link`, async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press("Tab");
      await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }

  test("the public home needs no login and links staff to sign in", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("National Policing Priorities");
    await expect(page.getByRole("heading", { name: "Published statements" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Staff sign in" })).toHaveAttribute("href", "/login");
  });
});

test.describe("deactivation", () => {
  test("a deactivated user is refused at sign-in and their open session ends", async ({ browser, page }) => {
    const user = await createTestUser(["ANALYST"]);
    const theirs = await browser.newContext();
    const theirPage = await theirs.newPage();
    await signIn(theirPage, user.email);
    await theirPage.goto("/app");
    await expect(theirPage.getByRole("heading", { level: 1 })).toContainText("Welcome");

    await signIn(page, "admin@example.org");
    await page.goto(`/app/users/${user.id}`);
    await page.getByRole("button", { name: "Deactivate user" }).click();
    await expect(page.getByText("This user cannot sign in.")).toBeVisible();

    await theirPage.goto("/app/quarters");
    await expect(theirPage).toHaveURL(/\/login/);
    await signInWithForm(theirPage, user.email, user.password);
    await expect(theirPage.locator("[data-form-message=error]")).toContainText("deactivated");

    const audit = await testDb.auditEvent.findFirst({ where: { entityId: user.id, action: "user.deactivate" } });
    expect(audit?.actorEmail).toBe("admin@example.org");

    // The old session stays dead, even if next-auth re-issues its cookie and even after the
    // account is reactivated: the person must sign in again.
    await theirPage.request.get("/api/auth/session");
    await page.getByRole("button", { name: "Reactivate user" }).click();
    await expect(page.getByText("This user cannot sign in.")).toBeHidden();
    await theirPage.goto("/app");
    await expect(theirPage).toHaveURL(/\/login/);
    await theirs.close();
  });
});
