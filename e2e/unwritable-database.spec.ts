// Issue 9, item 2: a SQLite database that cannot be written (made immutable under a running
// server, as a read-only file, a full disk or a failing disk would) must not take the server
// down or show anyone a raw database error; and `npm start` must start while another process
// has the database open, and say plainly when it cannot migrate. `npm start` runs on a copy of
// the e2e database, on the e2e build. Making files immutable (chattr +i) needs root and a file
// system that has it (ext4 does; CI runs as root).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import Database from "better-sqlite3";
import { test, expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { csrfToken, postCredentials } from "./fixtures/auth";
import { callServerAction } from "./fixtures/server-action";
import { sparePort, startNpmStart, waitForOk, type AppProcess } from "./fixtures/server-process";
import { SIGN_IN_MESSAGES } from "@/lib/auth/sign-in-errors";

const ROOT = path.resolve(__dirname, "..");
const SAVE_REFUSED =
  /^Could not save: something went wrong on the server, and nothing was changed\. Try again; .*\(reference [0-9a-f]{8}\)\.$/;

test.skip(!!process.env.DATABASE_URL?.startsWith("postgres"), "about a SQLite file");

function chattr(flag: "+i" | "-i", file: string) {
  for (const suffix of ["", "-wal", "-shm"]) if (fs.existsSync(file + suffix)) execFileSync("chattr", [flag, file + suffix]);
}

/** A copy of the e2e database in a folder of its own, in WAL mode like the app's. */
function copyOfDatabase(): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-readonly-"));
  const file = path.join(dir, "app.db");
  execFileSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/db-backup.ts", file], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: "" },
    stdio: "pipe",
  });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.close();
  return { dir, file };
}

const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

test.describe("a database that cannot be written", () => {
  let dir: string | undefined;
  let file: string;
  let app: AppProcess | undefined;
  const holders: ChildProcess[] = [];
  const contexts: APIRequestContext[] = [];

  test.beforeEach(async () => {
    test.skip(process.getuid?.() !== 0, "making a file immutable (chattr +i) needs root");
    ({ dir, file } = copyOfDatabase());
    try {
      chattr("+i", file);
      chattr("-i", file);
    } catch {
      test.skip(true, "this file system has no immutable files (ext4 has them)");
    }
  });
  test.afterEach(async ({}, testInfo) => {
    if (app && testInfo.status !== testInfo.expectedStatus) await testInfo.attach("npm start output", { body: app.output() });
    for (const holder of holders.splice(0)) holder.kill();
    await Promise.all(contexts.splice(0).map((c) => c.dispose()));
    await app?.stop();
    app = undefined;
    if (dir) {
      chattr("-i", file);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("keeps serving public pages and reads; a save and a sign-in get a clear message, the error is logged, and the server stays up", async () => {
    test.setTimeout(120_000);
    app = startNpmStart(sparePort(1), `file:${file}`);
    await waitForOk(app, "/login");
    const secretariat = await playwrightRequest.newContext({ baseURL: app.url });
    contexts.push(secretariat);
    expect((await postCredentials(secretariat, await csrfToken(secretariat), "secretariat@example.org", "scorecard-demo")).ok).toBe(true);

    chattr("+i", file);
    const mark = app.output().length;
    const quarters = count(file, "Quarter");
    const newQuarter = {
      fyStart: "2026",
      quarter: "3",
      boardName: "Board",
      meetingDate: { day: "", month: "", year: "" },
      agendaItem: "",
      planPriority: "",
      title: "Paper",
      presenters: "",
    };

    for (const attempt of [1, 2]) {
      const started = Date.now();
      const saved = await callServerAction(secretariat, "createQuarterAction", "/app/quarters/new", newQuarter);
      expect(saved.ok, `save ${attempt}`).toBe(false);
      expect(saved.message).toMatch(SAVE_REFUSED);
      // The second as quick as the first: a failed write does not leave the next one waiting.
      expect(Date.now() - started, `ms for save ${attempt}`).toBeLessThan(15_000);
    }
    expect(count(file, "Quarter")).toBe(quarters);

    const other = await playwrightRequest.newContext({ baseURL: app.url });
    contexts.push(other);
    const signIn = await postCredentials(other, await csrfToken(other), "analyst@example.org", "scorecard-demo");
    expect(signIn.ok).toBe(false);
    expect(signIn.target).toContain("error=unavailable");
    expect(signIn.target).not.toMatch(/prisma|readonly|sqlite|invocation/i);
    const page = await other.get("/login?error=unavailable");
    expect(await page.text()).toContain(SIGN_IN_MESSAGES.unavailable);

    // Public pages and reads as before.
    for (const address of ["/", "/quarters/2021-22-q3", "/quarters/2021-22-q3/data.csv", "/feed.xml"])
      expect((await fetch(app.url + address)).status, address).toBe(200);
    expect((await secretariat.get("/app", { maxRedirects: 0 })).status()).toBe(200);
    expect((await secretariat.get("/app/quarters", { maxRedirects: 0 })).status()).toBe(200);

    const logged = app.output().slice(mark);
    expect(logged).toMatch(/\[action failed [0-9a-f]{8}\] user \S+: .*(readonly|disk I\/O error|SQLITE_)/s);
    expect(logged).toMatch(/\[auth\] sign-in could not be recorded \(reference [0-9a-f]{8}\)/);
    expect(app.child.exitCode, "the server is still running").toBeNull();

    // Writable again: saving works at once, without a restart.
    chattr("-i", file);
    const saved = await callServerAction(secretariat, "createQuarterAction", "/app/quarters/new", newQuarter);
    expect(saved).toMatchObject({ ok: true });
    expect(count(file, "Quarter")).toBe(quarters + 1);

    // Unwritable again, and stopped as a supervisor stops it: a clean exit, nothing reported as a crash.
    chattr("+i", file);
    expect((await callServerAction(secretariat, "createQuarterAction", "/app/quarters/new", newQuarter)).message).toMatch(SAVE_REFUSED);
    process.kill(-app.child.pid!, "SIGTERM");
    expect(await app.exited).toEqual({ code: 0, signal: null });
    expect(app.output()).not.toContain("The server was killed");
  });

  test("npm start migrates while another process has the database open, and says plainly when it cannot", async () => {
    test.setTimeout(120_000);
    // A migration not yet applied, as after an upgrade: the one that adds the server registry,
    // which is simply undone (a table of its own).
    const db = new Database(file);
    const [pending] = db
      .prepare("SELECT migration_name FROM _prisma_migrations WHERE migration_name LIKE '%\\_public\\_site\\_servers' ESCAPE '\\'")
      .pluck()
      .all() as string[];
    expect(pending, "the registry's migration").toBeDefined();
    db.exec(`DROP TABLE "PublicSiteServer"; DELETE FROM _prisma_migrations WHERE migration_name = '${pending}'`);
    db.close();

    // Immutable: migrating is impossible, and npm start says why and exits non-zero.
    chattr("+i", file);
    app = startNpmStart(sparePort(1), `file:${file}`);
    const refused = await app.exited;
    expect(refused.code).toBe(1);
    expect(app.output()).toContain(
      `Could not apply the migration ${pending} to ${file}: the database file or its folder cannot be written`,
    );
    expect(app.output()).toContain("Nothing was changed.");
    expect(app.output()).not.toMatch(/WASM_ERROR|SocketTimeout|\n\s+at /);
    chattr("-i", file);

    // Another process has it open, one idle and one inside a read transaction (a sqlite3 shell, a backup).
    for (const mode of ["idle", "read"]) {
      const holder = spawn(
        process.execPath,
        [
          "-e",
          `const db = new (require("better-sqlite3"))(process.argv[1]); db.prepare("SELECT 1").get();
           if (process.argv[2] === "read") { db.exec("BEGIN"); db.prepare("SELECT count(*) FROM Quarter").get(); }
           console.log("open"); setInterval(() => {}, 1000);`,
          file,
          mode,
        ],
        { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
      );
      holders.push(holder);
      await new Promise((resolve) => holder.stdout!.once("data", resolve));
    }
    app = startNpmStart(sparePort(1), `file:${file}`);
    await waitForOk(app, "/login");
    expect(app.output()).toContain(`Applied SQLite migrations: ${pending}`);
    expect((await fetch(`${app.url}/quarters/2021-22-q3`)).status).toBe(200);
  });
});
