import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/database-url";
import { withDatabase } from "@/server/db";
import { createPrismaClient } from "@/server/prisma-client";
import { GET } from "@/app/api/health/route";
import { tempDatabase, type TempDatabase } from "./temp-db";

let current: TempDatabase;
let savedUrl: string | undefined;
beforeEach(() => {
  current = tempDatabase();
  savedUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = current.url;
});
afterEach(async () => {
  process.env.DATABASE_URL = savedUrl;
  await current.dispose();
});

async function health(client = current.db) {
  const response = await withDatabase(client, () => GET());
  return { status: response.status, body: await response.json(), cache: response.headers.get("cache-control") };
}

describe("GET /api/health", () => {
  it("answers 200 when the database answers and every migration is applied", async () => {
    expect(await health()).toEqual({
      status: 200,
      body: { ok: true, database: "reachable", pendingMigrations: [] },
      cache: "no-store",
    });
  });

  it("answers 503 naming the migration not yet applied", async () => {
    const postgres = databaseProvider(current.url) === "postgresql";
    const newest = postgres
      ? await current.db.$queryRawUnsafe<{ version: bigint }[]>(
          "DELETE FROM schemaversion WHERE version = (SELECT max(version) FROM schemaversion) RETURNING version",
        )
      : await current.db.$queryRawUnsafe<{ migration_name: string }[]>(
          "DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations) RETURNING migration_name",
        );
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body.database).toBe("reachable");
    expect(body.pendingMigrations).toHaveLength(1);
    const removed = newest[0]!;
    expect(body.pendingMigrations[0]).toContain("version" in removed ? String(removed.version) : removed.migration_name);
  });

  it("answers 503 when the database does not answer", async () => {
    // A SQLite file in a folder that does not exist; a PostgreSQL port nothing listens on.
    const unreachable =
      databaseProvider(current.url) === "postgresql" ? "postgresql://nobody@127.0.0.1:1/none" : "file:/nonexistent/dir/x.db";
    const client = createPrismaClient(unreachable);
    try {
      expect(await health(client)).toMatchObject({ status: 503, body: { ok: false, database: "unreachable" } });
    } finally {
      await client.$disconnect().catch(() => undefined);
    }
  });
});
