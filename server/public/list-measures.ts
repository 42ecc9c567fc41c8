import "server-only";
import { publicDb as db } from "@/server/db";

/** The national measures (the Home Office's, public), in the framework's order, for the trend pages. */
export async function listMeasures() {
  return db.measure.findMany({ orderBy: { position: "asc" }, select: { key: true, name: true } });
}
