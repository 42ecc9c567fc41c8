import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import type { kpiSchema } from "@/lib/schemas/framework";
import { writeAudit } from "@/server/audit/write-audit";
import { NotFoundError, StaleError } from "@/server/errors";

export type SaveKpiOptions = { actor: SessionActor; input: z.output<typeof kpiSchema> };

/** Creates or updates a local KPI; earlier quarters keep the definition they copied. */
export async function saveKpi({ actor, input }: SaveKpiOptions) {
  assertCan(actor, "framework:edit");
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    let kpiId = id;
    if (id) {
      const updated = await tx.kpi.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
      if (updated.count !== 1) {
        if (!(await tx.kpi.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("That KPI");
        throw new StaleError(`The KPI "${fields.name}"`);
      }
    } else {
      const last = await tx.kpi.findFirst({ orderBy: { position: "desc" }, select: { position: true } });
      kpiId = (await tx.kpi.create({ data: { ...fields, position: (last?.position ?? -1) + 1 } })).id;
    }
    await writeAudit(tx, {
      actor,
      action: id ? "framework.kpi.update" : "framework.kpi.create",
      entityType: "Kpi",
      entityId: kpiId,
      details: fields,
    });
    return { id: kpiId };
  });
}
