// The query plan cache (server/database/query-plan-cache.ts) on a real database, SQLite and
// PostgreSQL: a repeated read reuses its plan yet still reads the data as it is now, and the
// cache never crosses from one client's database to another's.
import { afterEach, beforeEach, expect, it } from "vitest";
import { queryPlanCacheStats } from "@/server/database/query-plan-cache";
import { tempDatabase, type TempDatabase } from "./temp-db";

let current: TempDatabase;
beforeEach(() => {
  current = tempDatabase();
});
afterEach(() => current.dispose());

const findMeasure = (db: TempDatabase["db"]) => db.measure.findUnique({ where: { key: "plan-cache" }, select: { name: true } });

it("reuses the plan of a repeated read, which still returns what the database holds now", async () => {
  const { db } = current;
  await db.measure.create({ data: { key: "plan-cache", name: "Before", position: 99 } });
  const before = queryPlanCacheStats();
  expect(await findMeasure(db)).toEqual({ name: "Before" });
  await db.measure.update({ where: { key: "plan-cache" }, data: { name: "After" } });
  expect(await findMeasure(db)).toEqual({ name: "After" });
  await db.measure.delete({ where: { key: "plan-cache" } });
  expect(await findMeasure(db)).toBeNull();
  const after = queryPlanCacheStats();
  expect(after.misses - before.misses).toBe(1);
  expect(after.hits - before.hits).toBe(2);
});

it("keeps each client's plans to itself", async () => {
  const other = tempDatabase();
  try {
    await current.db.measure.create({ data: { key: "plan-cache", name: "Mine", position: 99 } });
    expect(await findMeasure(current.db)).toEqual({ name: "Mine" });
    const before = queryPlanCacheStats();
    // The same request on another client compiles for that client (and reads its database).
    expect(await findMeasure(other.db)).toBeNull();
    expect(queryPlanCacheStats().misses - before.misses).toBe(1);
  } finally {
    await other.dispose();
  }
});
