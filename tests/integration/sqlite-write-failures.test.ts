// Writes that fail on SQLite (server/database/safe-adapter.ts, issue 9 item 2). A write whose
// COMMIT fails (here: another connection's read lock in rollback-journal mode, which SQLite
// answers with SQLITE_BUSY; a read-only file, a full disk or an I/O error fail the same way)
// must fail alone: later transactions on the same client run, and no later write is lost
// inside a transaction left open (prisma/orm#29933). And a database whose files become
// unwritable under running clients refuses writes at once and goes on serving reads, without
// the SIGBUS that writing to SQLite's memory-mapped index of such a file causes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { applySqliteMigrations } from "@/server/database/apply-sqlite-migrations";
import { createPrismaClient } from "@/server/prisma-client";

let folder: string | undefined;
const immutable: string[] = [];
afterEach(() => {
  for (const file of immutable.splice(0)) execFileSync("chattr", ["-i", file]);
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

const within = <T>(ms: number, promise: Promise<T>) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms))]);

describe.skipIf(!!process.env.TEST_POSTGRES_URL)("a failed COMMIT on SQLite", () => {
  it("fails that write only: the next transactions run and nothing written later is lost", async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-commit-"));
    const file = path.join(folder, "app.db");
    applySqliteMigrations({ file });
    // Rollback-journal mode, where a reader's lock makes COMMIT wait and then fail.
    const setup = new Database(file);
    setup.pragma("journal_mode = DELETE");
    setup.close();

    const db = createPrismaClient(`file:${file}`, { busyTimeoutMs: 200 });
    const reader = new Database(file);
    try {
      reader.exec("BEGIN");
      reader.prepare("SELECT count(*) FROM LoginGate").get();
      const failed = await within(
        5_000,
        db
          .$transaction((tx) => tx.loginGate.create({ data: { email: "lost@x", touchedAt: new Date() } }))
          .then(
            () => "committed",
            (error: Error) => error.message,
          ),
      );
      expect(failed).toMatch(/SocketTimeout|locked|busy/i);
      reader.exec("COMMIT");

      await within(
        5_000,
        db.$transaction((tx) => tx.loginGate.create({ data: { email: "next@x", touchedAt: new Date() } })),
      );
      await within(5_000, db.loginGate.create({ data: { email: "plain@x", touchedAt: new Date() } }));
    } finally {
      reader.close();
      await db.$disconnect();
    }
    const check = new Database(file, { readonly: true });
    const emails = (check.prepare("SELECT email FROM LoginGate ORDER BY email").all() as { email: string }[]).map((r) => r.email);
    check.close();
    expect(emails).toEqual(["next@x", "plain@x"]);
  });

  it.runIf(process.getuid?.() === 0)(
    "files made unwritable under running clients: writes are refused at once with a clear error, reads go on, nothing crashes",
    async (context) => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-immutable-"));
      const file = path.join(folder, "app.db");
      applySqliteMigrations({ file });
      // As in the server: one client that writes and one that reads (server/db.ts).
      const db = createPrismaClient(`file:${file}`);
      const reader = createPrismaClient(`file:${file}`);
      const gate = (email: string) => ({ data: { email, touchedAt: new Date() } });
      try {
        await db.loginGate.create(gate("before@x"));
        await reader.loginGate.count();
        await db.$transaction((tx) => tx.loginGate.create(gate("just-before@x")));
        try {
          for (const suffix of ["", "-wal", "-shm"]) {
            execFileSync("chattr", ["+i", file + suffix]);
            immutable.push(file + suffix);
          }
        } catch {
          context.skip("this file system has no immutable files (ext4 has them)");
        }
        for (let round = 0; round < 3; round++) {
          const started = Date.now();
          await expect(db.$transaction((tx) => tx.loginGate.create(gate(`tx-${round}@x`)))).rejects.toThrow(
            /The database cannot be written \(.*: EPERM\); nothing was written\./,
          );
          await expect(db.loginGate.create(gate(`plain-${round}@x`))).rejects.toThrow(/cannot be written/);
          expect(Date.now() - started, "refused at once").toBeLessThan(1_000);
          expect(await db.loginGate.count()).toBe(2);
          expect(await reader.loginGate.count()).toBe(2);
        }
        for (const file of immutable.splice(0)) execFileSync("chattr", ["-i", file]);
        await db.loginGate.create(gate("after@x"));
        expect(await reader.loginGate.count()).toBe(3);
      } finally {
        for (const file of immutable.splice(0)) execFileSync("chattr", ["-i", file]);
        await db.$disconnect();
        await reader.$disconnect();
      }
    },
  );
});
