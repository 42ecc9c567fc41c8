import "server-only";
import { databaseInUse, type Tx } from "@/server/db";

/**
 * Takes a lock on `key` until the transaction ends, for decisions that have no row to lock
 * (such as "how many sign-in attempts has this email had?"), so two transactions deciding for
 * the same key take turns. PostgreSQL: a transaction-scoped advisory lock. SQLite: nothing to
 * do, its transactions already take turns (one writer). A serializable transaction would be
 * the portable alternative, but Prisma 6.19 leaks a pooled PostgreSQL connection whenever a
 * COMMIT fails, which is how serialization conflicts often surface.
 */
export async function lockKey(tx: Tx, key: string) {
  if (databaseInUse() !== "postgresql") return;
  await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", key);
}
