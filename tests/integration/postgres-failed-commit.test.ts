// A failed COMMIT on PostgreSQL (server/database/safe-adapter.ts). Prisma 6.19 never tells the
// pg adapter that a transaction whose COMMIT failed is over, so the pooled connection it held
// was never given back: after as many failures as the pool has connections (10), every later
// query waited for a connection and failed. Here COMMIT fails the way a deferred constraint,
// a serialization failure or a connection dropped at the wrong moment makes it fail.
import { afterEach, describe, expect, it } from "vitest";
import { tempDatabase, type TempDatabase } from "./temp-db";

let current: TempDatabase | undefined;
afterEach(async () => {
  await current?.dispose();
  current = undefined;
});

const within = <T>(ms: number, promise: Promise<T>) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms))]);

describe.runIf(process.env.TEST_POSTGRES_URL)("a failed COMMIT on PostgreSQL", () => {
  it("fails that transaction only: more failures than the pool has connections, and the next queries still run", async () => {
    current = tempDatabase();
    const { db } = current;
    // Checked at COMMIT, not at the INSERT.
    await db.$executeRawUnsafe(`CREATE TABLE "Deferred" (id INTEGER, CONSTRAINT "Deferred_id" UNIQUE (id) DEFERRABLE INITIALLY DEFERRED)`);

    for (let attempt = 0; attempt < 12; attempt++) {
      const failed = await within(
        5_000,
        db
          .$transaction((tx) => tx.$executeRawUnsafe(`INSERT INTO "Deferred" (id) VALUES (1), (1)`))
          .then(
            () => "committed",
            (error: Error) => error.message,
          ),
      );
      expect(failed, `attempt ${attempt + 1}`).toMatch(/Deferred_id|unique/i);
    }

    await within(
      5_000,
      db.$transaction((tx) => tx.$executeRawUnsafe(`INSERT INTO "Deferred" (id) VALUES (2)`)),
    );
    await within(5_000, db.user.create({ data: { email: "after@example.test", name: "After", passwordHash: "x" } }));
    expect(await db.$queryRawUnsafe<{ id: number }[]>(`SELECT id FROM "Deferred"`)).toEqual([{ id: 2 }]);
  });
});
