import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import type { FiguresFormOutput } from "@/lib/schemas/figures";
import { assertSubmissionEditable, recordPartEdit } from "@/server/submissions/record-part-edit";
import { writeFigures } from "./write-figures";

export type SaveFiguresOptions = { actor: SessionActor; input: FiguresFormOutput };

/** Saves one measure's figures together: every row or none (a stale row rolls back all). */
export async function saveFigures({ actor, input }: SaveFiguresOptions) {
  assertCan(actor, "force:edit");
  await db.$transaction(async (tx) => {
    await assertSubmissionEditable(tx, input.submissionId);
    const names = await writeFigures(tx, input.submissionId, input.figures);
    await recordPartEdit(tx, {
      actor,
      submissionId: input.submissionId,
      part: "FORCE",
      what: "figures",
      entityType: "Figure",
      entityId: input.figures.map((f) => f.figureId).join(","),
      details: { indicators: names },
    });
  });
}
