// The CI check that the data model and both migration histories agree (run on SQLite by
// `npm run test:unit` and on PostgreSQL by `npm run test:integration:postgres`), and the
// guarantees of the PostgreSQL migration runner on a real server.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratePostgres, POSTGRES_MIGRATIONS_DIR, withMigrationLock } from "@/server/database/postgres-migrations";
import { postgresSchemaText } from "@/scripts/db/generate-clients";
import { diffScript, POSTGRES_HISTORY_NOTE, POSTGRES_HISTORY_SCHEMA, sqliteHistorySchema } from "@/scripts/db/histories";
import { SQLITE_SCHEMA } from "@/scripts/db/prisma-cli";
import { describePostgresSchema, runSql } from "./postgres-catalog";
import { emptyPostgresDatabase, tempDatabase } from "./temp-db";

const serverUrl = process.env.TEST_POSTGRES_URL;
const FIX = "Run `npm run db:migration -- <name>` (or, after merging SQLite migrations, `npm run db:migration`): see README.";

describe("the data model and the migration histories agree", () => {
  it("prisma/postgresql/schema.prisma (where the PostgreSQL history stands) is the current model", () => {
    const expected = postgresSchemaText(POSTGRES_HISTORY_SCHEMA, POSTGRES_HISTORY_NOTE);
    expect(
      fs.readFileSync(POSTGRES_HISTORY_SCHEMA, "utf8") === expected,
      `The PostgreSQL history is behind prisma/schema.prisma. ${FIX}`,
    ).toBe(true);
  });

  it.runIf(!serverUrl)("the SQLite history, applied to an empty database, gives exactly the model", () => {
    const history = sqliteHistorySchema();
    try {
      expect(diffScript(history.schema, SQLITE_SCHEMA), `The SQLite history does not lead to prisma/schema.prisma. ${FIX}`).toBe("");
    } finally {
      history.dispose();
    }
  });

  it.runIf(!!serverUrl)("the PostgreSQL history, applied to a real server, gives exactly the schema the model describes", async () => {
    const fromHistory = tempDatabase();
    const fromModel = emptyPostgresDatabase(serverUrl!);
    const modelFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-model-")), "schema.prisma");
    try {
      fs.writeFileSync(modelFile, postgresSchemaText(modelFile));
      await runSql(fromModel.url, diffScript("empty", modelFile));
      const [history, model] = await Promise.all([describePostgresSchema(fromHistory.url), describePostgresSchema(fromModel.url)]);
      expect(model.length).toBeGreaterThan(100);
      expect(history, `The PostgreSQL history does not lead to prisma/schema.prisma. ${FIX}`).toEqual(model);
    } finally {
      await fromHistory.dispose();
      fromModel.drop();
      fs.rmSync(path.dirname(modelFile), { recursive: true, force: true });
    }
  });
});

describe.runIf(!!serverUrl)("applying the PostgreSQL history on a real server", () => {
  let dir: string;
  let database: { url: string; drop: () => void };
  const files = () => fs.readdirSync(dir).sort();
  const migrate = () => withMigrationLock(database.url, (client) => migratePostgres(client, dir));
  async function recorded() {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const rows = await client.query<{ version: string; name: string; md5: string }>(
        "SELECT version, name, md5 FROM schemaversion WHERE version > 0 ORDER BY version",
      );
      return rows.rows.map((r) => `${r.version} ${r.name} ${r.md5.length}`);
    } finally {
      await client.end();
    }
  }

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-pg-history-"));
    for (const file of fs.readdirSync(POSTGRES_MIGRATIONS_DIR))
      fs.copyFileSync(path.join(POSTGRES_MIGRATIONS_DIR, file), path.join(dir, file));
    database = emptyPostgresDatabase(serverUrl!);
  });
  afterAll(() => {
    database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("applies every file once, records each with its MD5, and applies nothing the second time", async () => {
    // Two instances starting together: the lock makes one apply and the other find nothing to do.
    const [first, second] = await Promise.all([migrate(), migrate()]);
    expect([...first, ...second].sort()).toEqual(files());
    expect(await recorded()).toEqual(files().map((f) => `${f.split(".")[0]} ${f.split(".")[2]} 32`));
    expect(await migrate()).toEqual([]);
  });

  it("refuses to run when an applied migration was modified, and changes nothing", async () => {
    const first = path.join(dir, files()[0]!);
    const original = fs.readFileSync(first, "utf8");
    fs.writeFileSync(first, `${original}\nCREATE TABLE "Sneaky" (id INT);\n`);
    const next = path.join(dir, "29991231000000.do.later.sql");
    fs.writeFileSync(next, 'CREATE TABLE "Later" (id INT);\n');
    try {
      await expect(migrate()).rejects.toThrow(/was changed after it was applied/);
      const tables = await describePostgresSchema(database.url);
      expect(tables.some((line) => /Sneaky|Later/.test(line))).toBe(false);
    } finally {
      fs.writeFileSync(first, original);
      fs.rmSync(next);
    }
  });

  it("refuses a migration older than one already applied instead of skipping it", async () => {
    const older = path.join(dir, "20000101000000.do.merged_late.sql");
    fs.writeFileSync(older, 'CREATE TABLE "MergedLate" (id INT);\n');
    try {
      await expect(migrate()).rejects.toThrow(/20000101000000\.do\.merged_late\.sql is older than/);
    } finally {
      fs.rmSync(older);
    }
  });

  it("rolls back every pending migration when one fails", async () => {
    fs.writeFileSync(path.join(dir, "29990101000000.do.good.sql"), 'CREATE TABLE "Good" (id INT);\n');
    fs.writeFileSync(path.join(dir, "29990102000000.do.bad.sql"), "CREATE TABLE broken (;\n");
    try {
      await expect(migrate()).rejects.toThrow(/syntax error/);
      expect((await describePostgresSchema(database.url)).some((line) => line.includes("Good"))).toBe(false);
      expect(await recorded()).toHaveLength(files().length - 2);
    } finally {
      fs.rmSync(path.join(dir, "29990101000000.do.good.sql"));
      fs.rmSync(path.join(dir, "29990102000000.do.bad.sql"));
    }
  });
});
