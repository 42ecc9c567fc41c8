import { databaseProvider } from "@/lib/database-url";
import { resolveDatabaseUrl } from "@/server/prisma-client";
import { checkDatabase } from "@/server/health/check-database";

export const dynamic = "force-dynamic";

/**
 * For load balancers (and the test runner): 200 when the database answers and every
 * migration is applied, 503 otherwise, with what is wrong in the body.
 */
export async function GET() {
  const health = await checkDatabase(databaseProvider(resolveDatabaseUrl()));
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
