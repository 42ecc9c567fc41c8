import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signIn, signInApi } from "./fixtures/auth";
import { createTestUser, testDb, uniqueId } from "./fixtures/db";
import { callServerAction } from "./fixtures/server-action";

test.describe("user administration (ADMIN)", () => {
  test("an administrator creates a user with roles, changes roles, deactivates and reactivates", async ({ page }) => {
    await signIn(page, "admin@example.org");
    await page.goto("/app/users/new");
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    // Bad input: messages beside the fields, nothing saved, typed text kept.
    await page.getByLabel("Full name").fill("Casey Example");
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByLabel("Initial password").fill("short");
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.locator("p[id$='-error']", { hasText: "Enter an email address in the correct format" })).toBeVisible();
    await expect(page.locator("p[id$='-error']", { hasText: "Choose at least one role." })).toBeVisible();
    await expect(page.locator("p[id$='-error']", { hasText: "Password must be at least 12 characters." })).toBeVisible();
    await expect(page.getByLabel("Full name")).toHaveValue("Casey Example");

    const email = `${uniqueId("casey")}@example.test`;
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Initial password").fill("a-long-enough-password");
    await page.getByLabel("Force analyst").check();
    await page.getByLabel("Board secretariat").check();
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByText("User created")).toBeVisible();
    const created = await testDb.user.findUniqueOrThrow({ where: { email }, include: { roles: true } });
    expect(created.roles.map((r) => r.role).sort()).toEqual(["ANALYST", "SECRETARIAT"]);
    expect(created.passwordHash).toMatch(/^\$argon2id\$/);

    await page.getByLabel("Board secretariat").uncheck();
    await page.getByLabel("Police and Crime Commissioner").check();
    await page.getByRole("button", { name: "Save roles" }).click();
    await expect(page.getByText("Roles saved.")).toBeVisible();
    const roles = await testDb.userRole.findMany({ where: { userId: created.id } });
    expect(roles.map((r) => r.role).sort()).toEqual(["ANALYST", "PCC"]);

    await page.getByRole("button", { name: "Deactivate user" }).click();
    await expect(page.getByText("This user cannot sign in.")).toBeVisible();
    await page.getByRole("button", { name: "Reactivate user" }).click();
    await expect(page.getByText("This user cannot sign in.")).toBeHidden();
    expect((await signInApi(page.context().request, email, "a-long-enough-password")).ok).toBe(true);

    const actions = (await testDb.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["user.create", "user.roles", "user.deactivate", "user.reactivate"]);
  });

  test("with single sign-on configured (as the e2e server is), a user can be created without a password", async ({ page }) => {
    await signIn(page, "admin@example.org");
    await page.goto("/app/users/new");
    await expect(page.getByLabel("Initial password (optional)")).toBeVisible();
    const email = `${uniqueId("sso-only")}@example.test`;
    await page.getByLabel("Full name").fill("Sso Only");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Force analyst").check();
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByText("User created")).toBeVisible();
    expect((await testDb.user.findUniqueOrThrow({ where: { email } })).passwordHash).toBeNull();
  });

  test("creating a user with an email already in use is refused beside the field", async ({ page }) => {
    const existing = await createTestUser(["PCC"]);
    await signIn(page, "admin@example.org");
    await page.goto("/app/users/new");
    await page.getByLabel("Full name").fill("Duplicate");
    await page.getByLabel("Email address").fill(existing.email);
    await page.getByLabel("Initial password").fill("a-long-enough-password");
    await page.getByLabel("Administrator").check();
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.locator("p[id$='-error']", { hasText: "A user with this email address already exists." })).toBeVisible();
    expect(await testDb.user.count({ where: { email: existing.email } })).toBe(1);
  });
});

test.describe("user administration is refused to everyone else", () => {
  test("an ANALYST gets 404 on the user pages", async ({ page }) => {
    await signIn(page, "analyst@example.org");
    for (const path of ["/app/users", "/app/users/new"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
    }
    await expect(page.getByRole("navigation", { name: "Intranet" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  });

  test("the create-user server action invoked by a non-admin session is refused on the server", async ({ page }) => {
    await signIn(page, "analyst@example.org");
    const email = `${uniqueId("intruder")}@example.test`;
    const result = await callServerAction(page.request, "createUserAction", "/app/users/new", {
      name: "Intruder",
      email,
      roles: ["ADMIN"],
      password: "a-long-enough-password",
    });
    expect(result.ok).toBe(false);
    expect(result.message).toBe("You do not have permission to do that.");
    expect(await testDb.user.count({ where: { email } })).toBe(0);
  });

  test("role and deactivation actions are refused to non-admins, and to nobody signed in", async ({ page, playwright }) => {
    const target = await createTestUser(["ANALYST"]);
    await signIn(page, "secretariat@example.org");
    const roles = await callServerAction(page.request, "updateUserRolesAction", "/app/users", { userId: target.id, roles: ["ADMIN"] });
    expect(roles).toMatchObject({ ok: false, message: "You do not have permission to do that." });
    const deactivate = await callServerAction(page.request, "setUserActiveAction", "/app/users", { userId: target.id, active: false });
    expect(deactivate).toMatchObject({ ok: false });
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const anon = await callServerAction(anonymous, "setUserActiveAction", "/", { userId: target.id, active: false });
    expect(anon.ok).toBe(false);
    const after = await testDb.user.findUniqueOrThrow({ where: { id: target.id }, include: { roles: true } });
    expect(after.active).toBe(true);
    expect(after.roles.map((r) => r.role)).toEqual(["ANALYST"]);
  });
});
