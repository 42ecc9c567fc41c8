import { test, expect, type APIRequestContext } from "@playwright/test";
import { csrfToken, postCredentials, signIn } from "./fixtures/auth";
import { createTestUser, testDb } from "./fixtures/db";
import { callServerAction } from "./fixtures/server-action";
import { startAppInstance, type AppInstance } from "./fixtures/app-instance";
import { e2ePorts, ssoEnv } from "./fixtures/sso-settings";

// What probing found in sign-in (issue 9, items 5, 6 and 8), proved over HTTP against the
// production build.

const SIGNED_OUT = "Your session has ended. Sign in again to continue.";

async function attempts(email: string, outcome: string) {
  return testDb.loginAttempt.count({ where: { email, outcome } });
}

test.describe("sign-out ends the session on the server", () => {
  test("a session cookie copied before sign-out is refused afterwards: pages and server actions", async ({ page, browser }) => {
    const user = await createTestUser(["ANALYST"]);
    await signIn(page, user.email, user.password);
    const submission = await testDb.submission.findFirstOrThrow({ select: { id: true } });
    const path = `/app/submissions/${submission.id}`;

    const replay = await browser.newContext();
    await replay.addCookies(await page.context().cookies());
    // The copy works while the session is open (so the refusal below is the revocation)...
    expect((await replay.request.get("/app", { maxRedirects: 0 })).status()).toBe(200);
    expect((await replay.request.get(path, { maxRedirects: 0 })).status()).toBe(200);
    expect(await callServerAction(replay.request, "takeActionAction", path, {})).toMatchObject({
      ok: false,
      message: "Check the highlighted fields.",
    });
    expect(await (await replay.request.get("/api/auth/session")).json()).toMatchObject({ user: { email: user.email } });

    await page.goto("/app");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/");

    // ...and is refused at the next request once the person has signed out.
    const after = await replay.request.get("/app", { maxRedirects: 0 });
    expect(after.status()).toBe(307);
    expect(after.headers()["location"]).toContain("/login");
    // The submission page refuses it on the server too (the first gate only sees that a cookie is there).
    const page2 = await replay.request.get(path, { maxRedirects: 0 });
    expect(page2.status()).toBe(307);
    expect(page2.headers()["location"]).toContain("/login");
    expect(await callServerAction(replay.request, "takeActionAction", path, {})).toMatchObject({ ok: false, message: SIGNED_OUT });
    // next-auth's own session endpoint agrees: no session.
    expect(await (await replay.request.get("/api/auth/session")).json()).toEqual({});
    const sessions = await testDb.userSession.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.revokedAt).not.toBeNull();
    await replay.close();
  });

  test("signing out ends only that session: the person's other sessions go on", async ({ browser }) => {
    const user = await createTestUser(["DCC"]);
    const [laptop, phone] = [await browser.newPage(), await browser.newPage()];
    await signIn(laptop, user.email, user.password);
    await signIn(phone, user.email, user.password);
    await laptop.goto("/app");
    await laptop.getByRole("button", { name: "Sign out" }).click();
    await expect(laptop).toHaveURL("/");
    expect((await phone.request.get("/app", { maxRedirects: 0 })).status()).toBe(200);
    await laptop.close();
    await phone.close();
  });
});

test.describe("only failed sign-ins count toward the limit", () => {
  /** `count` sign-ins for one account, each from its own client, posted all at once. */
  async function burst(newRequest: () => Promise<APIRequestContext>, count: number, email: string, password: string) {
    const clients = await Promise.all(Array.from({ length: count }, newRequest));
    try {
      const tokens = await Promise.all(clients.map(csrfToken));
      return await Promise.all(clients.map((request, i) => postCredentials(request, tokens[i]!, email, password)));
    } finally {
      await Promise.all(clients.map((request) => request.dispose()));
    }
  }

  test("50 concurrent sign-ins with the correct password are all accepted, none throttled", async ({ playwright, baseURL }) => {
    test.setTimeout(120_000);
    const user = await createTestUser(["ANALYST"]);
    const results = await burst(() => playwright.request.newContext({ baseURL }), 50, user.email, user.password);
    expect(results.filter((r) => !r.ok).map((r) => r.target)).toEqual([]);
    expect(await attempts(user.email, "SUCCESS")).toBe(50);
    expect(await attempts(user.email, "THROTTLED")).toBe(0);
  });

  test("parallel guessing is still capped: 20 wrong guesses at once get at most 5 password checks", async ({ playwright, baseURL }) => {
    const user = await createTestUser(["ANALYST"]);
    const results = await burst(() => playwright.request.newContext({ baseURL }), 20, user.email, "a-wrong-guess");
    expect(results.every((r) => !r.ok)).toBe(true);
    // Each password check settles as one FAILURE; the rest were refused without one.
    expect(await attempts(user.email, "FAILURE")).toBe(5);
    expect(await attempts(user.email, "THROTTLED")).toBe(15);
    expect(await attempts(user.email, "PENDING")).toBe(0);
    expect(results.filter((r) => r.target.includes("error=throttled:"))).toHaveLength(15);
    // The account is locked now, even for the right password.
    expect((await burst(() => playwright.request.newContext({ baseURL }), 1, user.email, user.password))[0]!.target).toMatch(
      /error=throttled:\d+/,
    );
  });
});

test.describe("junk posted to the credentials endpoint", () => {
  // A separate instance of the same build, so its log can be read afterwards.
  let probe: AppInstance;
  test.beforeAll(async () => {
    const appPort = Number(process.env.E2E_PORT ?? 3100);
    probe = await startAppInstance(e2ePorts(appPort).third, ssoEnv(appPort));
  });
  test.afterAll(async () => probe?.stop());

  test("gets a 4xx that says what to fix, never a 500, and nothing in the log", async ({ playwright }) => {
    const request = await playwright.request.newContext({ baseURL: probe.baseURL });
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const url = "/api/auth/callback/credentials";
    const form = (body: string) => ({ headers: { "content-type": "application/x-www-form-urlencoded" }, data: body, maxRedirects: 0 });
    const cases: [string, () => ReturnType<APIRequestContext["post"]>, number, RegExp][] = [
      [
        "malformed JSON",
        () => request.post(url, { headers: { "content-type": "application/json" }, data: Buffer.from("{nope"), maxRedirects: 0 }),
        400,
        /not valid JSON/,
      ],
      [
        "a JSON object",
        () => request.post(url, { data: { csrfToken, email: { $ne: 1 }, password: "x" }, maxRedirects: 0 }),
        400,
        /sign-in form/,
      ],
      [
        "plain text",
        () => request.post(url, { headers: { "content-type": "text/plain" }, data: "garbage", maxRedirects: 0 }),
        400,
        /sign-in form/,
      ],
      ["no body", () => request.post(url, { maxRedirects: 0 }), 400, /sign-in form/],
      [
        "multipart",
        () => request.post(url, { multipart: { csrfToken, email: "a@b.c", password: "x" }, maxRedirects: 0 }),
        400,
        /sign-in form/,
      ],
      ["no password", () => request.post(url, form(`csrfToken=${csrfToken}&email=a%40b.c`)), 400, /Enter your password/],
      [
        "two emails",
        () => request.post(url, form(`csrfToken=${csrfToken}&email=a%40b.c&email=d%40e.f&password=x`)),
        400,
        /Send email once/,
      ],
      ["no csrf token", () => request.post(url, form("email=a%40b.c&password=x")), 400, /csrfToken/],
      [
        "a 2 MB password",
        () => request.post(url, form(`csrfToken=${csrfToken}&email=a%40b.c&password=${"a".repeat(2_000_000)}`)),
        413,
        /too large/,
      ],
      ["a GET", () => request.get(url, { maxRedirects: 0 }), 405, /POST/],
    ];
    for (const [what, send, status, message] of cases) {
      const response = await send();
      expect(response.status(), what).toBe(status);
      expect(((await response.json()) as { error: string }).error, what).toMatch(message);
    }
    // Well-formed but wrong: the ordinary refusal, as a code the form turns into a message.
    const odd = await request.post(url, form(`csrfToken=${csrfToken}&email=%E0%A4%A%00&password=x&json=true`));
    expect(odd.status()).toBe(401);
    expect(((await odd.json()) as { url: string }).url).toContain("error=incorrect");
    await request.dispose();
    expect(probe.output()).not.toMatch(/⨯|\[error\]|Error:/);
  });

  test("the sign-in form says what to fix beside the field, and sends nothing", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email address").fill("analyst@example.org");
    await page.getByLabel("Password").fill("x".repeat(201));
    const posted: string[] = [];
    page.on("request", (r) => r.url().includes("/api/auth/callback") && posted.push(r.url()));
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("The password is too long (at most 200 characters).")).toBeVisible();
    expect(posted).toEqual([]);
  });
});
