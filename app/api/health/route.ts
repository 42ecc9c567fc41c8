import { db } from "@/server/db";

export const dynamic = "force-dynamic";

/** Liveness and database check for load balancers and the test runner. */
export async function GET() {
  await db.measure.count();
  return Response.json({ ok: true });
}
