import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signIn, signInApi } from "./fixtures/auth";
import { createTestUser, testDb, uniqueId } from "./fixtures/db";
import { callServerAction } from "./fixtures/server-action";
import { buildQuarter, submissionState } from "./fixtures/quarters";
import { signInWithSso, startOidcProvider, type TestAccount, type TestProvider } from "./fixtures/oidc-provider";
import { startAppInstance, type AppInstance } from "./fixtures/app-instance";
import { e2ePorts, ssoEnv } from "./fixtures/sso-settings";
import { setUserActive } from "@/server/users/set-user-active";

// Single sign-on against a real OpenID Connect provider (oidc-provider, in this process), with
// the app configured for it by playwright.config.ts. Each test adds its own accounts.

const appPort = Number(process.env.E2E_PORT ?? 3100);
const ports = e2ePorts(appPort);
const secondOrigin = `http://localhost:${ports.second}`;
let provider: TestProvider;

test.beforeAll(async () => {
  provider = await startOidcProvider(ports.oidc, [`http://localhost:${appPort}`, secondOrigin]);
});
test.afterAll(async () => provider?.stop());

// The provider's development pages load a web font; these machines are offline.
test.beforeEach(async ({ context }) => {
  await context.route(/fonts\.googleapis\.com/, (route) => route.abort());
});

/** A person at the identity provider; their login name is the provider's subject id. */
function addAccount(groups: string[], overrides: Partial<TestAccount> = {}) {
  const login = uniqueId("sso-");
  const account: TestAccount = { email: `${login}@force.example`, name: `SSO person ${login}`, roles: groups, ...overrides };
  provider.accounts.set(login, account);
  return { login, ...account };
}

function auditFor(userId: string, action: string) {
  return testDb.auditEvent.findMany({ where: { entityId: userId, action }, orderBy: { at: "asc" } });
}

async function expectSignedOut(page: Page) {
  await page.goto("/app");
  await expect(page).toHaveURL(/\/login/);
}

test.describe("single sign-on", () => {
  test("the sign-in page offers single sign-on above the password form", async ({ page }) => {
    await page.goto("/login");
    const sso = page.getByRole("button", { name: "Sign in with your organisation's account" });
    await expect(sso).toBeVisible();
    await expect(page.getByLabel("Password")).toBeVisible();
    const [ssoBox, passwordBox] = await Promise.all([sso.boundingBox(), page.getByLabel("Password").boundingBox()]);
    expect(ssoBox!.y).toBeLessThan(passwordBox!.y);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  for (const { group, role, link } of [
    { group: "scorecard-analysts", role: "ANALYST", link: "Quarters" },
    { group: "scorecard-secretariat", role: "SECRETARIAT", link: "New quarter" },
  ] as const) {
    test(`a person in ${group} gets an account with ${role} and lands on that role's home page`, async ({ page }) => {
      const person = addAccount(["other-app-users", group]);
      await signInWithSso(page, provider, person.login);
      await expect(page).toHaveURL(/\/app$/);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome");
      await expect(page.getByRole("main").getByRole("link", { name: link })).toBeVisible();

      const user = await testDb.user.findUniqueOrThrow({ where: { email: person.email }, include: { roles: true } });
      expect(user.roles.map((r) => r.role)).toEqual([role]);
      expect(user.passwordHash).toBeNull();
      const created = await auditFor(user.id, "user.create");
      expect(JSON.parse(created[0]!.details!)).toMatchObject({ via: "sso", subject: person.login, roles: [role], issuer: provider.issuer });
      const signIns = await auditFor(user.id, "auth.sso.sign-in");
      expect(signIns.map((a) => JSON.parse(a.details!).subject)).toEqual([person.login]);
      expect(await testDb.userSession.count({ where: { userId: user.id, method: "oidc", revokedAt: null } })).toBe(1);
    });
  }

  test("roles follow the provider at every sign-in: a role removed there is gone after the next sign-in", async ({ page, browser }) => {
    const person = addAccount(["scorecard-analysts", "scorecard-dcc"]);
    await signInWithSso(page, provider, person.login);
    await expect(page.getByRole("banner").getByText("(Force analyst, Deputy Chief Constable)")).toBeVisible();
    const user = await testDb.user.findUniqueOrThrow({ where: { email: person.email } });

    provider.accounts.set(person.login, { ...person, roles: ["scorecard-analysts"] });
    const later = await browser.newPage();
    await later.route(/fonts\.googleapis\.com/, (route) => route.abort());
    await signInWithSso(later, provider, person.login);
    await expect(later.getByRole("banner").getByText("(Force analyst)")).toBeVisible();
    const roles = await testDb.userRole.findMany({ where: { userId: user.id } });
    expect(roles.map((r) => r.role)).toEqual(["ANALYST"]);
    const change = await auditFor(user.id, "user.roles");
    expect(change).toHaveLength(1);
    expect(change[0]).toMatchObject({ fromStatus: "ANALYST,DCC", toStatus: "ANALYST" });
    expect(JSON.parse(change[0]!.details!)).toMatchObject({ via: "sso", subject: person.login });
    // The removal applies to the session already open too: roles are read at every request.
    await page.goto("/app");
    await expect(page.getByRole("banner").getByText("(Force analyst)")).toBeVisible();
    await later.close();
  });

  test("an existing account is matched by verified email, whatever its case", async ({ page }) => {
    const local = await createTestUser(["PCC"]);
    const person = addAccount(["scorecard-pcc"], { email: local.email.toUpperCase() });
    await signInWithSso(page, provider, person.login);
    await expect(page.getByText("(Police and Crime Commissioner)")).toBeVisible();
    expect(await testDb.user.count({ where: { email: { in: [local.email, person.email] } } })).toBe(1);
    expect(await auditFor(local.id, "auth.sso.sign-in")).toHaveLength(1);
    expect(await auditFor(local.id, "user.roles")).toHaveLength(0);
  });

  test("a stranger with no mapped role is refused with a clear page, and nothing is created", async ({ page }) => {
    const stranger = addAccount(["other-app-users"]);
    await signInWithSso(page, provider, stranger.login);
    await expect(page).toHaveURL(/\/login\/refused\?reason=no-access/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to Scorecard");
    await expect(page.locator("[data-refusal]")).toContainText("Ask your administrator for access.");
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    expect(await testDb.user.count({ where: { email: stranger.email } })).toBe(0);
    const refusal = await testDb.auditEvent.findFirstOrThrow({ where: { action: "auth.sso.refused", entityId: stranger.login } });
    expect(refusal).toMatchObject({ entityType: "SsoIdentity", comment: "no-access" });
    await expectSignedOut(page);
  });

  test("an email the provider has not verified matches nobody", async ({ page }) => {
    const local = await createTestUser(["ANALYST"]);
    const person = addAccount(["scorecard-analysts"], { email: local.email, email_verified: false });
    await signInWithSso(page, provider, person.login);
    await expect(page).toHaveURL(/\/login\/refused\?reason=unverified/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your email address could not be confirmed");
    await expectSignedOut(page);
  });

  const tamperings = [
    {
      what: "state",
      // The provider's answer comes back with a state this browser's cookie does not hold.
      // (Tampered on the way out: Chromium does not let a test intercept the redirect back.)
      match: (url: URL) => url.origin === provider.issuer && url.pathname === "/auth" && url.searchParams.has("state"),
      param: "state",
    },
    {
      what: "nonce",
      // The request to the provider carries another nonce, so the ID token's nonce will not match.
      match: (url: URL) => url.origin === provider.issuer && url.pathname === "/auth" && url.searchParams.has("nonce"),
      param: "nonce",
    },
    {
      what: "PKCE code challenge",
      match: (url: URL) => url.origin === provider.issuer && url.pathname === "/auth" && url.searchParams.has("code_challenge"),
      param: "code_challenge",
    },
  ];
  for (const tampering of tamperings) {
    test(`a wrong ${tampering.what} is refused: no account, no session`, async ({ page }) => {
      const person = addAccount(["scorecard-analysts"]);
      await page.route(tampering.match, async (route) => {
        const url = new URL(route.request().url());
        url.searchParams.set(tampering.param, tampering.param === "code_challenge" ? "A".repeat(43) : `forged-${uniqueId()}`);
        await route.continue({ url: url.toString() });
      });
      await signInWithSso(page, provider, person.login);
      await expect(page).toHaveURL(/\/login\?.*error=OAuthCallback/);
      await expect(page.locator("[data-form-message=error]")).toContainText("Single sign-on did not complete");
      expect(await testDb.user.count({ where: { email: person.email } })).toBe(0);
      await expectSignedOut(page);
    });
  }
});

test.describe("single sign-on users are held to the same rules", () => {
  test("deactivated accounts are refused whatever the provider says, and their open session ends", async ({ page, browser }) => {
    const person = addAccount(["scorecard-analysts", "scorecard-admins"]);
    await signInWithSso(page, provider, person.login);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome");
    const user = await testDb.user.findUniqueOrThrow({ where: { email: person.email } });

    const admin = await createTestUser(["ADMIN"]);
    await setUserActive({
      actor: { id: admin.id, email: admin.email, name: admin.name, roles: ["ADMIN"] },
      userId: user.id,
      active: false,
    });
    await expectSignedOut(page);

    const again = await browser.newPage();
    await again.route(/fonts\.googleapis\.com/, (route) => route.abort());
    await signInWithSso(again, provider, person.login);
    await expect(again).toHaveURL(/\/login\/refused\?reason=deactivated/);
    await expect(again.getByRole("heading", { level: 1 })).toHaveText("This account has been deactivated");
    await expectSignedOut(again);
    const refusal = await auditFor(user.id, "auth.sso.refused");
    expect(refusal.map((r) => [r.comment, JSON.parse(r.details!).subject])).toEqual([["deactivated", person.login]]);
    // The administrator sees it all on the user's page, with the provider's subject id.
    await signIn(again, admin.email, admin.password);
    await again.goto(`/app/users/${user.id}`);
    const history = again.getByRole("listitem");
    await expect(history.filter({ hasText: `created [subject ${person.login}]` })).toHaveCount(1);
    await expect(history.filter({ hasText: `signed in with single sign-on [subject ${person.login}]` })).toHaveCount(1);
    await expect(history.filter({ hasText: `single sign-on refused (deactivated) [subject ${person.login}]` })).toHaveCount(1);
    await again.close();
  });

  test("sign-out revokes a single sign-on session: the copied cookie is refused afterwards", async ({ page, browser }) => {
    const person = addAccount(["scorecard-pcc"]);
    await signInWithSso(page, provider, person.login);
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/");

    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const response = await replay.request.get("/app", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toContain("/login");
    const user = await testDb.user.findUniqueOrThrow({ where: { email: person.email } });
    expect(await testDb.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    await replay.close();
  });

  test("separation of duties: an SSO analyst and DCC who edited the force part cannot approve it", async ({ page }) => {
    const q = await buildQuarter("force-submitted");
    const person = addAccount(["scorecard-analysts", "scorecard-dcc"]);
    await signInWithSso(page, provider, person.login);
    const homicide = await testDb.figure.findFirstOrThrow({ where: { submissionId: q.submissionId, name: "Homicides" } });
    const saved = await callServerAction(page.request, "saveFiguresAction", `${q.path}/figures/${homicide.measureKey}`, {
      submissionId: q.submissionId,
      figures: [
        {
          figureId: homicide.id,
          version: homicide.version,
          unit: homicide.unit,
          latestValue: "52",
          periodStart: { month: "1", year: "2030" },
          periodEnd: { month: "12", year: "2030" },
          periodNote: "",
          comparisonLabel: "",
          comparisonValue: "",
          noLocalData: false,
          noDataReason: "",
          proxyUsed: "",
        },
      ],
    });
    expect(saved).toMatchObject({ ok: true });
    // The edit took the part back to in progress: the same person submits it again, then tries to approve it.
    const resubmitted = await callServerAction(page.request, "takeActionAction", q.path, {
      submissionId: q.submissionId,
      action: "submit_force",
      checkedFlags: true,
    });
    expect(resubmitted).toMatchObject({ ok: true });
    const before = await submissionState(q.submissionId);
    const result = await callServerAction(page.request, "takeActionAction", q.path, {
      submissionId: q.submissionId,
      action: "approve_force",
    });
    expect(result).toMatchObject({
      ok: false,
      message: "You edited the force part of this submission, so someone else must approve it (separation of duties).",
    });
    expect(await submissionState(q.submissionId)).toEqual(before);
  });

  test("an SSO account has no password: password guesses fail and are throttled like any other", async ({ page }) => {
    const person = addAccount(["scorecard-analysts"]);
    await signInWithSso(page, provider, person.login);
    // Including the text the timing-equaliser hash was made from: it must open no account without a password.
    for (const guess of ["not-a-real-password-for-timing", "scorecard-demo", "password123", "letmein", "another-guess"]) {
      expect((await signInApi(page.request, person.email, guess)).target).toContain("error=incorrect");
    }
    expect((await signInApi(page.request, person.email, "and-another")).target).toMatch(/error=throttled:\d+/);
  });
});

test.describe("several instances and LOCAL_LOGIN=false", () => {
  let second: AppInstance;
  test.beforeAll(async () => {
    second = await startAppInstance(ports.second, { ...ssoEnv(appPort), LOCAL_LOGIN: "false" });
  });
  test.afterAll(async () => second?.stop());

  test("LOCAL_LOGIN=false hides the password form and refuses the credentials endpoint; single sign-on works", async ({ page }) => {
    await page.goto(`${secondOrigin}/login`);
    await expect(page.getByRole("button", { name: "Sign in with your organisation's account" })).toBeVisible();
    await expect(page.getByLabel("Password")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toHaveCount(0);

    const request = page.context().request;
    const { csrfToken } = (await (await request.get(`${secondOrigin}/api/auth/csrf`)).json()) as { csrfToken: string };
    const refused = await request.post(`${secondOrigin}/api/auth/callback/credentials`, {
      form: { csrfToken, email: "admin@example.org", password: "scorecard-demo", json: "true" },
      maxRedirects: 0,
    });
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toEqual({ error: "Sign-in with a password is turned off here. Use single sign-on." });
    expect((await page.context().cookies()).some((c) => c.name.endsWith("session-token"))).toBe(false);

    const person = addAccount(["scorecard-dcc"]);
    await signInWithSso(page, provider, person.login, secondOrigin);
    await expect(page).toHaveURL(`${secondOrigin}/app`);
    await expect(page.getByText("(Deputy Chief Constable)")).toBeVisible();
  });

  test("a session signed out on one instance is refused by another sharing the database", async ({ browser }) => {
    // Signed in with single sign-on on the second instance, signed out there...
    const person = addAccount(["scorecard-analysts"]);
    const context = await browser.newContext();
    await context.route(/fonts\.googleapis\.com/, (route) => route.abort());
    const page = await context.newPage();
    await signInWithSso(page, provider, person.login, secondOrigin);
    const cookies = await context.cookies();
    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    expect((await replay.request.get("/app", { maxRedirects: 0 })).status()).toBe(200);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(`${secondOrigin}/`);
    // ...and the copied cookie is refused by the first.
    expect((await replay.request.get("/app", { maxRedirects: 0 })).status()).toBe(307);
    await context.close();
    await replay.close();
  });
});
