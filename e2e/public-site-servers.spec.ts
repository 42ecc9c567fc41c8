// The public site across processes: a second instance and a restart serve the same bytes, a
// publication reaches every instance within a second, a restored backup is served at once
// (issue 9, item 3), and `npm start` reports a server killed by a signal (issue 9, item 2).
// Runs on SQLite (test:e2e) and on PostgreSQL (test:e2e:postgres: backup and restore through
// pg_dump and pg_restore).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { test, expect, type APIRequestContext } from "@playwright/test";
import { buildQuarter, shownHashes, withdrawQuarter } from "./fixtures/quarters";
import { signIn } from "./fixtures/auth";
import { callServerAction } from "./fixtures/server-action";
import { isAddress, storedArtifacts } from "./fixtures/public-site";
import { buildFingerprint } from "@/scripts/build-fingerprint";
import { descendants, sparePort, startNpmStart, startServer, waitForOk, type AppProcess } from "./fixtures/server-process";

const ROOT = path.resolve(__dirname, "..");
const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-e2e-"));

function backup(target: string) {
  execFileSync(tsx, ["scripts/db-backup.ts", target], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: "" }, stdio: "pipe" });
}

async function etagsOf(request: APIRequestContext, base: string, paths: string[]) {
  const tags: Record<string, string> = {};
  for (const p of paths) tags[p] = (await request.get(base + p, { headers: { "Accept-Encoding": "br" } })).headers()["etag"]!;
  return tags;
}

async function liveAfter(url: string, text: string, timeoutMs: number, { without }: { without?: string } = {}) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const response = await fetch(url);
    const body = response.status === 200 ? await response.text() : "";
    if (body.includes(text) && !(without && body.includes(without))) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  return Infinity;
}

test.describe("more than one server", () => {
  let second: AppProcess | undefined;
  test.afterEach(async () => second?.stop());

  test("a second instance and a restart serve the same bytes and ETags; a publication reaches both within a second", async ({
    page,
    request,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    second = startServer(sparePort(1), process.env.DATABASE_URL!);
    await waitForOk(second);
    const paths = (await storedArtifacts()).filter((a) => isAddress(a.path)).map((a) => a.path);
    const main = await etagsOf(request, baseURL!, paths);
    expect(await etagsOf(request, second.url, paths)).toEqual(main);

    // Published through the real server action on the main instance, which returns once the
    // pages are live there; the second instance picks them up from the database.
    const q = await buildQuarter("ready");
    await signIn(page, q.actors.secretariat.email);
    const result = await callServerAction(page.request, "takeActionAction", q.path, {
      submissionId: q.submissionId,
      action: "publish",
      contentHash: (await shownHashes(q.submissionId)).paper,
    });
    expect(result).toMatchObject({ ok: true });
    expect((await request.get(`/quarters/${q.slug}`)).status(), "live on the instance that published").toBe(200);
    expect(await liveAfter(`${second.url}/quarters/${q.slug}`, q.marker, 5_000), "ms until live on the other instance").toBeLessThan(1_000);

    const now = await etagsOf(request, baseURL!, paths);
    await second.stop();
    second = startServer(sparePort(1), process.env.DATABASE_URL!);
    await waitForOk(second);
    expect(await etagsOf(request, second.url, paths), "after a restart").toEqual(now);
    expect(second.output()).not.toMatch(/error/i);
  });

  test("malformed requests are refused with 400 and nothing is logged", async () => {
    second = startServer(sparePort(1), process.env.DATABASE_URL!);
    await waitForOk(second);
    // Public pages answer before Next.js has loaded; wait for it too, so its start-up line is
    // not taken for something the malformed requests logged.
    await waitForOk(second, "/api/health");
    const before = second.output();
    for (const target of ["/quarters/%E0%A4%A", "/quarters/%00", "/%E0%A4%A", "/app/%E0%A4%A/x"]) {
      expect((await fetch(second.url + target)).status, target).toBe(400);
    }
    expect((await fetch(`${second.url}/quarters/nope/editions/1`)).status).toBe(404);
    await new Promise((r) => setTimeout(r, 300));
    expect(second.output().slice(before.length)).toBe("");
  });
});

test("a restore of an earlier backup is served at once, while the server runs", async ({ request }) => {
  test.setTimeout(120_000);
  const q = await buildQuarter("published");
  const quarter = `/quarters/${q.slug}`;
  const published = await request.get(quarter);
  expect(await published.text()).toContain(q.marker);
  const file = path.join(tmp(), "before-withdrawal.db");
  backup(file);

  await withdrawQuarter(q);
  expect(await (await request.get(quarter)).text()).toContain("This statement has been withdrawn");
  expect((await request.get(`${quarter}/data.csv`)).status()).toBe(410);

  execFileSync(tsx, ["--conditions=react-server", "scripts/db-restore.ts", file], { cwd: ROOT, env: process.env, stdio: "pipe" });
  const restoredAt = Date.now();
  // The withdrawal notice names the quarter too (its title has the marker): wait for the statement itself.
  const restored = await liveAfter(`${test.info().project.use.baseURL}${quarter}`, q.marker, 5_000, {
    without: "This statement has been withdrawn",
  });
  expect(restored, "ms until the restored page").toBeLessThan(1_000);
  expect(Date.now() - restoredAt).toBeLessThan(1_500);
  const again = await request.get(quarter);
  expect(await again.text()).not.toContain("This statement has been withdrawn");
  expect(again.headers()["etag"]).toBe(published.headers()["etag"]);
  expect((await request.get(`${quarter}/data.csv`)).status()).toBe(200);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

test("npm start serves an existing build and database at once, and exits non-zero saying why when the server is killed", async () => {
  test.setTimeout(120_000);
  // npm start would rebuild a stale build, under the running e2e server: refuse instead.
  const stamp = fs.readFileSync(path.join(process.env.NEXT_DIST_DIR!, "scorecard-fingerprint"), "utf8");
  expect(stamp, "the sources changed since the e2e build: run the e2e tests again").toBe(buildFingerprint());
  const dir = tmp();
  // A copy of the SQLite database; on PostgreSQL (test:e2e:postgres), the same database as the e2e server.
  const postgres = process.env.DATABASE_URL!.startsWith("postgres");
  const file = path.join(dir, "copy.db");
  if (!postgres) backup(file);
  const app = startNpmStart(sparePort(2), postgres ? process.env.DATABASE_URL! : `file:${file}`);
  try {
    const ms = await waitForOk(app);
    test.info().annotations.push({ type: "cold start", description: `${ms} ms from npm start to the first 200` });
    expect(app.output()).not.toContain("Building the app");
    const server = descendants(app.child.pid!).find((p) => p.cmdline.includes("scripts/serve.ts"));
    expect(server, "the server process").toBeDefined();
    process.kill(server!.pid, "SIGKILL");
    const { code } = await app.exited;
    expect(code).toBe(137);
    expect(app.output()).toContain("The server was killed by SIGKILL.");
  } finally {
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
