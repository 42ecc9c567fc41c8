import "server-only";
import type { z } from "zod";
import type { SessionActor } from "@/lib/permissions";
import type { transitionSchema } from "@/lib/schemas/transition";
import { submitPart } from "./submit-part";
import { approvePart } from "./approve-part";
import { returnPart } from "./return-part";
import { publishSubmission } from "./publish-submission";
import { withdrawSubmission } from "./withdraw-submission";

export type TakeActionOptions = { actor: SessionActor; input: z.output<typeof transitionSchema> };

/** Routes a workflow button to its domain operation; each one authorizes itself. */
export async function takeAction({ actor, input }: TakeActionOptions): Promise<{ slug?: string }> {
  const { submissionId } = input;
  switch (input.action) {
    case "submit_force":
    case "submit_pcc":
      await submitPart({ actor, submissionId, part: input.action === "submit_force" ? "FORCE" : "PCC", checkedFlags: input.checkedFlags });
      return {};
    case "approve_force":
    case "approve_pcc":
      await approvePart({ actor, submissionId, part: input.action === "approve_force" ? "FORCE" : "PCC", expectedHash: input.contentHash });
      return {};
    case "return_force":
    case "return_pcc":
      await returnPart({ actor, submissionId, part: input.action === "return_force" ? "FORCE" : "PCC", comment: input.comment });
      return {};
    case "publish":
      return publishSubmission({
        actor,
        submissionId,
        lateReason: input.lateReason,
        changeNote: input.changeNote,
        minorChange: input.minorChange,
        expectedHash: input.contentHash,
      });
    case "withdraw":
      return withdrawSubmission({ actor, submissionId, reason: input.withdrawalReason, explanation: input.comment });
  }
}
