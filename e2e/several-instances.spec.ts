// Several production instances of the app (scripts/serve.ts, as `npm start` runs it) on one
// database behave as one site (issue 10): what is published or withdrawn on one is served by
// the others within a second, a session ended on one is refused by the others, the sign-in
// throttle counts attempts made on any of them, each change is built once, and instances
// running different code do not take turns rebuilding the site. `npm run test:e2e:postgres`
// runs this on PostgreSQL, the configuration it is for; `npm run test:e2e` on a SQLite file.
import fs from "node:fs";
import path from "node:path";
import { test, expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { buildQuarter, shownHashes } from "./fixtures/quarters";
import { csrfToken, postCredentials } from "./fixtures/auth";
import { createTestUser, testDb } from "./fixtures/db";
import { callServerAction } from "./fixtures/server-action";
import { serverLogFile } from "./fixtures/server-log";
import { sparePort, startServer, waitForOk, type AppProcess } from "./fixtures/server-process";

const WITHDRAWN = "This statement has been withdrawn";

/** Milliseconds until `url` answers 200 with `text` in it (Infinity after `timeoutMs`). */
async function liveAfter(url: string, text: string, timeoutMs = 5_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const response = await fetch(url);
    if (response.status === 200 && (await response.text()).includes(text)) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  return Infinity;
}

/** An instance of the app, up and with Next.js loaded (not only the public site). */
async function startInstance(offset: number, env: Record<string, string> = {}) {
  const app = startServer(sparePort(offset), process.env.DATABASE_URL!, env);
  await waitForOk(app, "/login");
  return app;
}

/** What the given instances (and the e2e server, unless told otherwise) logged about building the public site. */
function builds(instances: AppProcess[], { e2eServer = true } = {}) {
  const logs = [...(e2eServer ? [fs.readFileSync(serverLogFile(), "utf8")] : []), ...instances.map((i) => i.output())];
  return logs.flatMap((log) => log.split("\n").filter((line) => line.includes("Public site: built generation")));
}

const builtGeneration = async () => (await testDb.publicSite.findUniqueOrThrow({ where: { id: 1 } })).builtGeneration;

test.describe("two instances on one database", () => {
  let a: AppProcess;
  let b: AppProcess;
  const contexts: APIRequestContext[] = [];
  const context = async (baseURL: string, from?: APIRequestContext) => {
    const made = await playwrightRequest.newContext({ baseURL, storageState: from ? await from.storageState() : undefined });
    contexts.push(made);
    return made;
  };

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    [a, b] = await Promise.all([startInstance(1), startInstance(2)]);
  });
  test.afterAll(async () => {
    await Promise.all(contexts.map((c) => c.dispose()));
    await Promise.all([a?.stop(), b?.stop()]);
  });

  test("published on A is served by B within a second, and so is its withdrawal; each change is built once", async () => {
    const q = await buildQuarter("ready");
    const onA = await context(a.url);
    expect((await postCredentials(onA, await csrfToken(onA), q.actors.secretariat.email, "scorecard-demo")).ok).toBe(true);
    const quarter = `/quarters/${q.slug}`;

    const published = await callServerAction(onA, "takeActionAction", q.path, {
      submissionId: q.submissionId,
      action: "publish",
      contentHash: (await shownHashes(q.submissionId)).paper,
    });
    expect(published).toMatchObject({ ok: true });
    expect(await liveAfter(b.url + quarter, q.marker), "ms until the publication is live on B").toBeLessThan(1_000);
    const publishedAt = await builtGeneration();

    const withdrawn = await callServerAction(onA, "takeActionAction", q.path, {
      submissionId: q.submissionId,
      action: "withdraw",
      withdrawalReason: "PUBLISHED_IN_ERROR",
      comment: `Withdrawn on A (${q.marker}).`,
    });
    expect(withdrawn).toMatchObject({ ok: true });
    expect(await liveAfter(b.url + quarter, WITHDRAWN), "ms until the withdrawal notice is on B").toBeLessThan(1_000);
    const withdrawnAt = await builtGeneration();
    // No instance serves the withdrawn page any more, nor its data as published.
    for (const base of [a.url, b.url, test.info().project.use.baseURL!]) {
      expect(await (await fetch(base + quarter)).text()).toContain(WITHDRAWN);
      expect((await fetch(`${base}${quarter}/data.csv`)).status).toBe(410);
    }

    // Background work runs once per event, not once per instance: one build of each generation
    // among the three servers (the e2e server, A and B).
    for (const generation of [publishedAt, withdrawnAt]) {
      expect(builds([a, b]).filter((line) => line.includes(`built generation ${generation} here`))).toHaveLength(1);
    }
  });

  test("a session signed out on B is refused on A at its next request", async () => {
    const user = await createTestUser(["ANALYST"], "Two-instance analyst");
    const onA = await context(a.url);
    expect((await postCredentials(onA, await csrfToken(onA), user.email, "scorecard-demo")).ok).toBe(true);
    expect((await onA.get("/app", { maxRedirects: 0 })).status()).toBe(200);

    // The same browser (the same cookie) reaching B through the load balancer, signing out there.
    const onB = await context(b.url, onA);
    expect((await onB.get("/app", { maxRedirects: 0 })).status()).toBe(200);
    const signOut = await onB.post("/api/auth/signout", { form: { csrfToken: await csrfToken(onB), json: "true" }, maxRedirects: 0 });
    expect(signOut.status()).toBe(200);
    expect(await testDb.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);

    // A copy of the cookie from before the sign-out, replayed against A.
    const replay = await context(a.url, onA);
    const refused = await replay.get("/app", { maxRedirects: 0 });
    expect(refused.status()).toBe(307);
    expect(refused.headers()["location"]).toContain("/login");
  });

  test("the sign-in throttle counts failed attempts made on either instance", async () => {
    const user = await createTestUser(["ANALYST"], "Throttled on two instances");
    const [onA, onB] = [await context(a.url), await context(b.url)];
    const attempt = async (on: APIRequestContext, password: string) => postCredentials(on, await csrfToken(on), user.email, password);
    for (const on of [onA, onB, onA, onB, onA]) expect((await attempt(on, "wrong password")).target).toContain("error=incorrect");
    // The sixth, with the right password, on B: refused, for the five failures made on A and B together.
    const sixth = await attempt(onB, "scorecard-demo");
    expect(sixth.ok).toBe(false);
    expect(sixth.target).toMatch(/error=throttled:\d+/);
    expect(await testDb.loginAttempt.count({ where: { email: user.email, outcome: "FAILURE" } })).toBe(5);
  });

  test("an instance running other code leads once and the others leave its site alone; publications still go live in time", async () => {
    test.setTimeout(180_000);
    const original = (await testDb.publicSite.findUniqueOrThrow({ where: { id: 1 } })).renderer;
    const everything = (instances: AppProcess[], e2eServer = true) =>
      builds(instances, { e2eServer }).filter((line) => line.includes("(everything;")).length;
    const before = everything([a, b]);
    const registered = await testDb.publicSiteServer.count();

    // Another renderer (here a setting; a deploy or a source edit does the same): the newest
    // instance, so its renderer leads and it regenerates the site once.
    const c = await startInstance(3, { FORCE_NAME: "Elsewhere" });
    try {
      // Regenerating everything takes time in proportion to the quarters published so far (in
      // the full suite, dozens, each with a PDF and a Word document): no bound of seconds here.
      await expect
        .poll(async () => (await testDb.publicSite.findUniqueOrThrow({ where: { id: 1 } })).renderer, { timeout: 60_000 })
        .not.toBe(original);
      await new Promise((r) => setTimeout(r, 2_000));
      expect(everything([c], false), "C regenerated the site once").toBe(1);
      expect(everything([a, b]), "nobody else regenerated it").toBe(before);

      // Published on A, which does not lead: built by C, live on A when the action returns and on C within a second.
      const q = await buildQuarter("ready");
      const onA = await context(a.url);
      expect((await postCredentials(onA, await csrfToken(onA), q.actors.secretariat.email, "scorecard-demo")).ok).toBe(true);
      const started = Date.now();
      const published = await callServerAction(onA, "takeActionAction", q.path, {
        submissionId: q.submissionId,
        action: "publish",
        contentHash: (await shownHashes(q.submissionId)).paper,
      });
      expect(published).toMatchObject({ ok: true });
      expect(Date.now() - started, "ms for the publish action").toBeLessThan(5_000);
      expect(await (await fetch(`${a.url}/quarters/${q.slug}`)).text()).toContain(q.marker);
      expect(await liveAfter(`${c.url}/quarters/${q.slug}`, q.marker)).toBeLessThan(1_000);
      expect(c.output()).toContain(`built generation ${await builtGeneration()} here (${q.slug};`);
      expect(everything([a, b, c])).toBe(before + 1);
      expect(`${a.output()}${b.output()}${c.output()}`).not.toMatch(/error|timed out/i);
    } finally {
      await c.stop();
    }
    expect(await testDb.publicSiteServer.count(), "C left the registry as it stopped").toBe(registered);
    // C has gone: the newest remaining instance's renderer (the original) leads again and regenerates once.
    await expect
      .poll(async () => (await testDb.publicSite.findUniqueOrThrow({ where: { id: 1 } })).renderer, { timeout: 60_000 })
      .toBe(original);
  });
});

test("no page comes from an instance's own Next.js cache: every intranet route is rendered per request", () => {
  // Next.js keeps prerendered and revalidated (ISR) pages per instance; an instance could serve
  // its own stale copy. The build has none but Next's two static error shells, so there is no
  // per-instance cache to share (no REDIS_URL needed), and revalidatePath only refreshes the
  // acting browser's router cache.
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.NEXT_DIST_DIR!, "prerender-manifest.json"), "utf8")) as {
    routes: Record<string, unknown>;
    dynamicRoutes: Record<string, unknown>;
  };
  expect(Object.keys(manifest.routes).sort()).toEqual(["/_global-error", "/_not-found"]);
  expect(manifest.dynamicRoutes).toEqual({});
});
