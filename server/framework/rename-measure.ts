import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import type { measureSchema } from "@/lib/schemas/framework";
import { writeAudit } from "@/server/audit/write-audit";
import { NotFoundError, StaleError } from "@/server/errors";

export type RenameMeasureOptions = { actor: SessionActor; input: z.output<typeof measureSchema> };

/** Renames a national measure for quarters created from now on. */
export async function renameMeasure({ actor, input }: RenameMeasureOptions) {
  assertCan(actor, "framework:edit");
  await db.$transaction(async (tx) => {
    const updated = await tx.measure.updateMany({
      where: { id: input.id, version: input.version },
      data: { name: input.name, version: { increment: 1 } },
    });
    if (updated.count !== 1) {
      if (!(await tx.measure.findUnique({ where: { id: input.id }, select: { id: true } }))) throw new NotFoundError("That measure");
      throw new StaleError("The measure");
    }
    await writeAudit(tx, { actor, action: "framework.measure.rename", entityType: "Measure", entityId: input.id, toStatus: input.name });
  });
}
