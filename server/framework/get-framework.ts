import "server-only";
import { db } from "@/server/db";
import { assertCan, type Actor } from "@/lib/permissions";

export async function getFramework(actor: Actor) {
  assertCan(actor, "framework:edit");
  const [measures, kpis] = await Promise.all([
    db.measure.findMany({ orderBy: { position: "asc" }, include: { indicators: { orderBy: { position: "asc" } } } }),
    db.kpi.findMany({ orderBy: { position: "asc" } }),
  ]);
  return { measures, kpis };
}
