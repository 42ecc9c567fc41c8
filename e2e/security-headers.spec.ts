import { test, expect, type Page } from "@playwright/test";
import { signIn } from "./fixtures/auth";
import { buildQuarter } from "./fixtures/quarters";

// The intranet works under a strict Content-Security-Policy: scripts by per-request nonce,
// no eval, no framing. Any violation shows in the browser console and fails the test.

function collectViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("every kind of intranet page runs under the CSP with no violation, and its scripts work", async ({ page }) => {
  const q = await buildQuarter("created");
  const violations = collectViolations(page);

  const login = await page.goto("/login");
  const csp = login!.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");

  await signIn(page, "secretariat@example.org");
  const pages = ["/app", "/app/quarters", "/app/quarters/new", q.path, `${q.path}/meeting`, "/app/framework"];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(200);
    // A fresh nonce on every response: a nonce that repeated could be replayed.
    expect(response!.headers()["content-security-policy"], path).not.toBe(csp);
    await page.waitForLoadState("networkidle");
  }

  // Client-side React runs: the analyst adds a paragraph box in the section editor.
  await page.context().clearCookies();
  await signIn(page, q.actors.analyst.email);
  await page.goto(`${q.path}/sections/${q.sections.measures["homicide"]!}`);
  await page.getByRole("button", { name: "Add a paragraph" }).click();
  await expect(page.getByLabel("Paragraph 1", { exact: true })).toBeVisible();
  await page.goto(`${q.path}/figures/homicide`);
  await page.waitForLoadState("networkidle");

  expect(violations).toEqual([]);
});

test("a nonce or return address sent by the client is replaced by the server's own", async ({ request }) => {
  const spoofed = "script-src 'nonce-chosen-by-the-client'";
  const response = await request.get("/login", { headers: { "content-security-policy": spoofed } });
  const html = await response.text();
  expect(html).not.toContain("chosen-by-the-client");
  // Every script Next wrote carries the nonce of the policy the server sent.
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"]!)![1]!;
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  // With a session cookie that does not hold, the page itself sends you to sign in, and back to
  // the address you asked for, whatever x-pathname the client sent.
  const page = await request.get("/app/quarters?x=1", {
    headers: { Cookie: "next-auth.session-token=not-a-token", "x-pathname": "/app/users?evil=1" },
    maxRedirects: 0,
  });
  expect(page.status()).toBe(307);
  expect(page.headers()["location"]).toBe("/login?callbackUrl=%2Fapp%2Fquarters%3Fx%3D1");
});

test("a form post to the intranet has its session token checked before the page, action or route sees it", async ({ request }) => {
  // The proxy runs for multipart posts (an action form sent without JavaScript, an upload) as
  // for server actions, and sends a token that does not decode to sign in. Without it, the
  // upload route would answer for itself: 401, "Your session has ended".
  const response = await request.post("/app/submissions/any/import/check", {
    headers: { Cookie: "next-auth.session-token=not-a-token" },
    multipart: { file: { name: "figures.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n") } },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toMatch(/\/login\?callbackUrl=%2Fapp%2Fsubmissions%2Fany%2Fimport%2Fcheck$/);
});

test("the public site's stored pages carry a no-script CSP and render without a violation", async ({ page }) => {
  const violations = collectViolations(page);
  for (const path of ["/", "/quarters/2021-22-q3", "/quarters/no-such-quarter"]) {
    const response = await page.goto(path);
    const csp = response!.headers()["content-security-policy"]!;
    expect(csp, path).toContain("default-src 'none'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toMatch(/script-src|unsafe/);
  }
  // The stylesheet applied: the page is styled, not raw.
  await page.goto("/quarters/2021-22-q3");
  expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});

test("Strict-Transport-Security is sent only when a trusted proxy says the request came over HTTPS", async ({ request }) => {
  // The e2e server runs with TRUST_PROXY=true on plain http://localhost.
  for (const path of ["/login", "/quarters/2021-22-q3"]) {
    const plain = await request.get(path);
    expect(plain.headers()["strict-transport-security"], path).toBeUndefined();
    const forwarded = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
    expect(forwarded.headers()["strict-transport-security"], path).toBe("max-age=31536000; includeSubDomains");
  }
});
