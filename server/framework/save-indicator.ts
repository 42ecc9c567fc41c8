import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import type { indicatorSchema } from "@/lib/schemas/framework";
import { writeAudit } from "@/server/audit/write-audit";
import { NotFoundError, StaleError } from "@/server/errors";

export type SaveIndicatorOptions = { actor: SessionActor; input: z.output<typeof indicatorSchema> };

/**
 * Creates or updates an indicator in the framework. Submissions copied the definition when
 * they were created, so this never alters figures already entered.
 */
export async function saveIndicator({ actor, input }: SaveIndicatorOptions) {
  assertCan(actor, "framework:edit");
  const { id, version, measureId, ...fields } = input;
  return db.$transaction(async (tx) => {
    if (!(await tx.measure.findUnique({ where: { id: measureId }, select: { id: true } }))) throw new NotFoundError("That measure");
    let indicatorId = id;
    if (id) {
      const updated = await tx.indicator.updateMany({ where: { id, measureId, version }, data: { ...fields, version: { increment: 1 } } });
      if (updated.count !== 1) {
        if (!(await tx.indicator.findFirst({ where: { id, measureId }, select: { id: true } }))) throw new NotFoundError("That indicator");
        throw new StaleError(`The indicator "${fields.name}"`);
      }
    } else {
      const last = await tx.indicator.findFirst({ where: { measureId }, orderBy: { position: "desc" }, select: { position: true } });
      indicatorId = (await tx.indicator.create({ data: { ...fields, measureId, position: (last?.position ?? -1) + 1 } })).id;
    }
    await writeAudit(tx, {
      actor,
      action: id ? "framework.indicator.update" : "framework.indicator.create",
      entityType: "Indicator",
      entityId: indicatorId,
      details: fields,
    });
    return { id: indicatorId };
  });
}
