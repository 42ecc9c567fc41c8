// SQLite transactions begin immediately (server/database/safe-adapter.ts): a transaction that
// reads before it writes must not fail with SQLITE_BUSY_SNAPSHOT because another connection (a
// second server process under WEB_CONCURRENCY, a script) committed in between; the other
// connection waits its turn instead.
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

describe.skipIf(!!process.env.TEST_POSTGRES_URL)("a SQLite transaction", () => {
  it("holds the write lock from its start: a write from another connection waits, and the transaction commits", async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-begin-"));
    const file = path.join(folder, "app.db");
    applySqliteMigrations({ file });
    const setup = new Database(file);
    setup.pragma("journal_mode = WAL");
    setup.close();

    const db = createPrismaClient(`file:${file}`);
    // Another process's connection, which gives up after 100 ms of waiting (in one thread it
    // cannot wait for this transaction to finish: better-sqlite3 waits synchronously).
    const other = new Database(file, { timeout: 100 });
    try {
      await db.measure.create({ data: { key: "begin", name: "Before", position: 99 } });
      let otherWrite = "";
      await db.$transaction(async (tx) => {
        await tx.measure.findUniqueOrThrow({ where: { key: "begin" } });
        try {
          other.prepare("UPDATE Measure SET name = 'Other' WHERE key = 'begin'").run();
          otherWrite = "committed";
        } catch (error) {
          otherWrite = (error as { code?: string }).code ?? String(error);
        }
        await tx.measure.update({ where: { key: "begin" }, data: { name: "Mine" } });
      });
      // Begun deferred, the other write would have committed and this transaction's update failed with SQLITE_BUSY_SNAPSHOT.
      expect(otherWrite).toBe("SQLITE_BUSY");
      expect((await db.measure.findUniqueOrThrow({ where: { key: "begin" } })).name).toBe("Mine");
      // Once the transaction is over, the other connection writes at once.
      other.prepare("UPDATE Measure SET name = 'Other' WHERE key = 'begin'").run();
      expect((await db.measure.findUniqueOrThrow({ where: { key: "begin" } })).name).toBe("Other");
    } finally {
      other.close();
      await db.$disconnect();
    }
  });
});
