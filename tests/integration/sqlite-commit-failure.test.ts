// A write whose COMMIT fails (here: another connection's read lock in rollback-journal mode,
// which SQLite answers with SQLITE_BUSY; a read-only file, a full disk or an I/O error fail the
// same way) must fail alone: later transactions on the same client run, and no later write is
// lost inside a transaction left open (server/database/sqlite-adapter.ts, prisma/orm#29933).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { applySqliteMigrations } from "@/server/database/apply-sqlite-migrations";
import { createPrismaClient } from "@/server/prisma-client";

let folder: string | undefined;
afterEach(() => {
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
});
