import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/server/db";
import { pendingPostgresMigrations } from "@/server/database/postgres-migrations";
import type { DatabaseProvider } from "@/lib/database-url";

export type DatabaseHealth = { ok: boolean; database: "reachable" | "unreachable"; pendingMigrations: string[] };

/** A load balancer waits a few seconds at most; a server that does not answer in this time is down. */
const TIMEOUT_MS = 5_000;

const SQLITE_MIGRATIONS_DIR = path.join("prisma", "migrations");

async function pendingSqliteMigrations(): Promise<string[]> {
  const files = fs.readdirSync(SQLITE_MIGRATIONS_DIR).filter((name) => /^\d{14}_/.test(name));
  const [table] = await db.$queryRawUnsafe<{ n: number }[]>(
    "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'",
  );
  if (!Number(table?.n)) return files.sort();
  const applied = await db.$queryRawUnsafe<{ migration_name: string }[]>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  const done = new Set(applied.map((row) => row.migration_name));
  return files.filter((name) => !done.has(name)).sort();
}

async function check(provider: DatabaseProvider): Promise<DatabaseHealth> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    return { ok: false, database: "unreachable", pendingMigrations: [] };
  }
  const pendingMigrations =
    provider === "postgresql" ? await pendingPostgresMigrations((sql) => db.$queryRawUnsafe(sql)) : await pendingSqliteMigrations();
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
