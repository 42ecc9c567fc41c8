import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { inputToDate, type meetingSchema } from "@/lib/schemas/meeting";
import { StaleError } from "@/server/errors";
import { assertSubmissionEditable, recordPartEdit } from "./record-part-edit";

export type SaveMeetingOptions = { actor: SessionActor; input: z.output<typeof meetingSchema> };

export async function saveMeeting({ actor, input }: SaveMeetingOptions) {
  assertCan(actor, "meeting:edit");
  const { submissionId, version, ...fields } = input;
  await db.$transaction(async (tx) => {
    await assertSubmissionEditable(tx, submissionId);
    const updated = await tx.submission.updateMany({
      where: { id: submissionId, meetingVersion: version },
      data: { ...fields, meetingDate: inputToDate(fields.meetingDate), meetingVersion: { increment: 1 } },
    });
    if (updated.count !== 1) throw new StaleError("The meeting details");
    await recordPartEdit(tx, {
      actor,
      submissionId,
      part: "SECRETARIAT",
      what: "meeting",
      entityType: "Submission",
      entityId: submissionId,
    });
  });
}
