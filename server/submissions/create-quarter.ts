import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { quarterLabel, quarterSlug } from "@/lib/quarters";
import { inputToDate, type createQuarterSchema } from "@/lib/schemas/meeting";
import { writeAudit } from "@/server/audit/write-audit";
import { DomainError, isUniqueViolation } from "@/server/errors";
import { populateSubmission } from "./populate-submission";
import { queueWorkflowMail } from "./queue-workflow-mail";

export type CreateQuarterOptions = { actor: SessionActor; input: z.output<typeof createQuarterSchema> };

export async function createQuarter({ actor, input }: CreateQuarterOptions) {
  assertCan(actor, "quarter:create");
  const fyStart = input.fyStart;
  const quarter = Number(input.quarter);
  try {
    return await insertQuarter(actor, input, fyStart, quarter);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError("That quarter already exists.", { quarter: [`${quarterLabel(fyStart, quarter)} already exists`] });
    throw error;
  }
}

function insertQuarter(actor: SessionActor, input: CreateQuarterOptions["input"], fyStart: number, quarter: number) {
  return db.$transaction(async (tx) => {
    // Insert first: the write takes the lock before anything is read, and the unique
    // (fyStart, quarter) index refuses whoever comes second, however close together they are.
    const created = await tx.quarter.create({ data: { fyStart, quarter, slug: quarterSlug(fyStart, quarter) } });
    const submission = await tx.submission.create({
      data: {
        quarterId: created.id,
        edition: 1,
        boardName: input.boardName,
        meetingDate: inputToDate(input.meetingDate),
        agendaItem: input.agendaItem,
        planPriority: input.planPriority,
        title: input.title,
        presenters: input.presenters,
      },
    });
    await populateSubmission(tx, submission.id, { fyStart, quarter });
    await writeAudit(tx, {
      actor,
      action: "quarter.create",
      entityType: "Submission",
      entityId: submission.id,
      submissionId: submission.id,
      toStatus: "IN_PROGRESS",
      details: { slug: created.slug },
    });
    await queueWorkflowMail(tx, { actor, submissionId: submission.id, event: { kind: "created" } });
    return { submissionId: submission.id, slug: created.slug };
  });
}
