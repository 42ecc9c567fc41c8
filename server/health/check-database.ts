import "server-only";
import { db } from "@/server/db";
import { pendingPostgresMigrations } from "@/server/database/postgres-migrations";
import { pendingSqliteMigrations } from "@/server/database/sqlite-migrations";
import type { DatabaseProvider } from "@/lib/database-url";

export type DatabaseHealth = { ok: boolean; database: "reachable" | "unreachable"; pendingMigrations: string[] };

/** A load balancer waits a few seconds at most; a server that does not answer in this time is down. */
const TIMEOUT_MS = 5_000;

async function check(provider: DatabaseProvider): Promise<DatabaseHealth> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    return { ok: false, database: "unreachable", pendingMigrations: [] };
  }
  const pendingMigrations =
    provider === "postgresql"
      ? await pendingPostgresMigrations((sql) => db.$queryRawUnsafe(sql))
      : await pendingSqliteMigrations((sql) => db.$queryRawUnsafe(sql));
  return { ok: pendingMigrations.length === 0, database: "reachable", pendingMigrations };
}

/**
 * For the health check: is the database answering, and has every migration this build
 * carries been applied? An instance whose database is down or behind must not take traffic.
 */
export async function checkDatabase(provider: DatabaseProvider): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseHealth>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, database: "unreachable", pendingMigrations: [] }), TIMEOUT_MS);
  });
  try {
    return await Promise.race([check(provider), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
