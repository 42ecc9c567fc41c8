"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/run-action";
import { saveMeeting } from "@/server/submissions/save-meeting";
import { meetingSchema } from "@/lib/schemas/meeting";

export async function saveMeetingAction(input: unknown) {
  return runAction(meetingSchema, input, async (actor, data) => {
    await saveMeeting({ actor, input: data });
    revalidatePath(`/app/submissions/${data.submissionId}`, "layout");
  });
}
