// SQLite transactions begin immediately (server/database/safe-adapter.ts): a transaction that
// reads before it writes must not fail with SQLITE_BUSY_SNAPSHOT because another connection (a
// second server process under WEB_CONCURRENCY, a script) committed in between; the other
// connection waits its turn instead.
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { tempDatabase, type TempDatabase } from "./temp-db";

let temp: TempDatabase | undefined;
afterEach(async () => {
  await temp?.dispose();
  temp = undefined;
});

describe.skipIf(!!process.env.TEST_POSTGRES_URL)("a SQLite transaction", () => {
  it("holds the write lock from its start: a write from another connection waits, and the transaction commits", async () => {
    // A migrated file in WAL mode, like the app's own database.
    temp = tempDatabase();
    const { db } = temp;
    const file = temp.url.slice("file:".length);
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
    }
  });
});
