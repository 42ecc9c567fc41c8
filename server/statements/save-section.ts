import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import { assertCan, can, ForbiddenError, type SessionActor } from "@/lib/permissions";
import { EDIT_PERMISSION } from "@/lib/workflow/part-permissions";
import type { sectionSchema } from "@/lib/schemas/section";
import { DomainError, NotFoundError, StaleError } from "@/server/errors";
import { assertSubmissionEditable, recordPartEdit } from "@/server/submissions/record-part-edit";

export type SaveSectionOptions = { actor: SessionActor; input: z.output<typeof sectionSchema> };

/** Replaces a section's paragraphs (and, for PCC themes, heading and priorities covered). */
export async function saveSection({ actor, input }: SaveSectionOptions) {
  if (!Object.values(EDIT_PERMISSION).some((p) => can(actor, p))) throw new ForbiddenError();
  // Which part and submission a section belongs to never changes, so it is read before the
  // transaction, whose first statement must take the submission's row lock: a transaction that
  // reads first cannot wait for a concurrent writer on SQLite (it fails with "busy" at once).
  const section = await db.section.findUnique({
    where: { id: input.sectionId },
    select: { submissionId: true, part: true, kind: true, heading: true },
  });
  if (!section) throw new NotFoundError("That section");
  assertCan(actor, EDIT_PERMISSION[section.part]);
  await db.$transaction(async (tx) => {
    await assertSubmissionEditable(tx, section.submissionId);

    const isTheme = section.kind === "PCC_THEME";
    const headingEditable = isTheme || section.kind === "PCC_INTRO";
    if (isTheme) {
      const measureKeys = (
        await tx.section.findMany({ where: { submissionId: section.submissionId, kind: "MEASURE" }, select: { measureKey: true } })
      ).map((s) => s.measureKey);
      if (input.covers.some((key) => !measureKeys.includes(key)))
        throw new DomainError("Choose priorities from the list.", { covers: ["Choose priorities from the list"] });
    }
    const updated = await tx.section.updateMany({
      where: { id: input.sectionId, version: input.version },
      data: { heading: headingEditable ? input.heading : section.heading, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new StaleError(`The section "${section.heading}"`);

    // A carried-over mark stays only on text still exactly as carried, and not confirmed.
    const carried = new Set(
      (await tx.paragraph.findMany({ where: { sectionId: input.sectionId, carriedOver: true }, select: { text: true } })).map(
        (p) => p.text,
      ),
    );
    await tx.paragraph.deleteMany({ where: { sectionId: input.sectionId } });
    await tx.paragraph.createMany({
      data: input.paragraphs.map((p, position) => ({
        sectionId: input.sectionId,
        position,
        text: p.text,
        carriedOver: p.carriedOver && !p.confirmed && carried.has(p.text),
      })),
    });
    if (isTheme) {
      await tx.sectionMeasure.deleteMany({ where: { sectionId: input.sectionId } });
      await tx.sectionMeasure.createMany({
        data: [...new Set(input.covers)].map((measureKey) => ({ sectionId: input.sectionId, measureKey })),
      });
    }
    await recordPartEdit(tx, {
      actor,
      submissionId: section.submissionId,
      part: section.part,
      what: `section.${section.kind.toLowerCase()}`,
      entityType: "Section",
      entityId: input.sectionId,
      details: { heading: input.heading },
    });
  });
}
