// SQLite statements are prepared once and reused (server/database/safe-adapter.ts): the same
// query with other values finds its statement kept, sees every write, survives a failed run,
// and the number kept is bounded.
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { KEPT_STATEMENTS } from "@/server/database/safe-adapter";
import { tempDatabase, type TempDatabase } from "./temp-db";

let temp: TempDatabase | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await temp?.dispose();
  temp = undefined;
});

/** A migrated database and a client whose real prepares (SQLite compiling SQL) are counted. */
function setUp() {
  temp = tempDatabase();
  // Before the client's first query: the adapter's connection takes prepare() when it opens.
  const prepared = vi.spyOn(Database.prototype, "prepare");
  const compiled = (fragment: string) => prepared.mock.calls.filter(([sql]) => String(sql).includes(fragment)).length;
  return { db: temp.db, file: temp.url.slice("file:".length), compiled };
}

describe.skipIf(!!process.env.TEST_POSTGRES_URL)("SQLite statements", () => {
  it("are compiled once per query shape, and each use gets its own values and sees every write", async () => {
    const { db, compiled } = setUp();
    for (let i = 0; i < 5; i++) await db.measure.create({ data: { key: `m${i}`, name: `Measure ${i}`, position: 100 + i } });
    for (let i = 0; i < 5; i++) expect((await db.measure.findUniqueOrThrow({ where: { key: `m${i}` } })).name).toBe(`Measure ${i}`);
    expect(compiled("INSERT INTO `main`.`Measure`")).toBe(1);
    expect(compiled("FROM `main`.`Measure` WHERE")).toBe(1);

    await db.measure.update({ where: { key: "m2" }, data: { name: "Renamed" } });
    expect((await db.measure.findUniqueOrThrow({ where: { key: "m2" } })).name).toBe("Renamed");
    await db.measure.delete({ where: { key: "m3" } });
    expect(await db.measure.findUnique({ where: { key: "m3" } })).toBeNull();

    // A run that fails (a duplicate key) leaves the kept statement usable for the next values.
    await expect(db.measure.create({ data: { key: "m0", name: "Again", position: 200 } })).rejects.toThrow();
    await db.measure.create({ data: { key: "m9", name: "Measure 9", position: 109 } });
    expect((await db.measure.findUniqueOrThrow({ where: { key: "m9" } })).name).toBe("Measure 9");
    expect(compiled("INSERT INTO `main`.`Measure`")).toBe(1);

    // Transactions still begin immediately, once compiled.
    for (let i = 0; i < 3; i++)
      await db.$transaction(async (tx) => tx.measure.update({ where: { key: "m1" }, data: { position: 300 + i } }));
    expect(compiled("BEGIN IMMEDIATE")).toBe(1);
    expect(compiled("BEGIN")).toBe(1);
    expect((await db.measure.findUniqueOrThrow({ where: { key: "m1" } })).position).toBe(302);
  });

  it(`keeps at most ${KEPT_STATEMENTS}, dropping the least recently used`, async () => {
    const { db, compiled } = setUp();
    const select = (i: number) => db.$queryRawUnsafe<{ n: string }[]>(`SELECT '${i}' AS n /* kept */`);
    const compiledAgain = async (i: number) => {
      const before = compiled(`'${i}' AS n`);
      await select(i);
      return compiled(`'${i}' AS n`) > before;
    };
    for (let i = 0; i < KEPT_STATEMENTS; i++) await select(i);
    expect(compiled("/* kept */")).toBe(KEPT_STATEMENTS);
    // The oldest, used again, becomes the most recent; one more then drops the next oldest.
    expect(await compiledAgain(0)).toBe(false);
    await select(KEPT_STATEMENTS);
    expect(await compiledAgain(0)).toBe(false);
    expect(await compiledAgain(2)).toBe(false);
    expect(await compiledAgain(1)).toBe(true);
    expect(await select(1)).toEqual([{ n: "1" }]);
  });

  it("report the columns of the rows they return after another connection changes the schema", async () => {
    const { db, file } = setUp();
    const other = new Database(file);
    try {
      other.exec("CREATE TABLE Probe (a TEXT); INSERT INTO Probe VALUES ('x')");
      expect(await db.$queryRawUnsafe("SELECT * FROM Probe")).toEqual([{ a: "x" }]);
      other.exec("ALTER TABLE Probe ADD COLUMN b INTEGER DEFAULT 7");
      expect(await db.$queryRawUnsafe("SELECT * FROM Probe")).toEqual([{ a: "x", b: 7 }]);
    } finally {
      other.close();
    }
  });
});
