import type { Role } from "@/lib/roles";
import type { ApprovedPart } from "@/lib/workflow/stages";
import type { WorkflowAction, WorkflowState } from "@/lib/workflow/transitions";

/** What happened to a quarter edition that people may need to hear about by email. */
export type WorkflowEvent =
  | { kind: "created" }
  | { kind: "transition"; action: WorkflowAction; from: WorkflowState; to: WorkflowState; correction: boolean }
  | { kind: "deadline" };

export const MAIL_KINDS = [
  "quarter-created",
  "force-submitted",
  "force-awaits-approval",
  "force-returned",
  "force-approved",
  "force-changed",
  "pcc-approval-voided",
  "pcc-awaits-approval",
  "pcc-reconfirm",
  "pcc-returned",
  "ready-to-publish",
  "published",
  "corrected",
  "withdrawn",
  "deadline",
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/**
 * Who a message goes to: everyone holding a role (for an approval, only those who may give it:
 * not the people who edited the part, whom separation of duties stops), or everyone who worked
 * on the quarter. The actor who caused the event is never told of it.
 */
export type Audience = { role: Role; exceptEditorsOf?: ApprovedPart } | { workedOnQuarter: true };

export type MailIntent = { kind: MailKind; audience: Audience };

const awaitsPccApproval = (s: WorkflowState) => s.PCC === "SUBMITTED" && s.FORCE === "APPROVED";

/** Whether `test` holds after the transition and did not before: a message goes once, when something starts to wait. */
const became = (from: WorkflowState, to: WorkflowState, test: (s: WorkflowState) => boolean) => !test(from) && test(to);

function transitionIntents({ action, from, to, correction }: Extract<WorkflowEvent, { kind: "transition" }>): MailIntent[] {
  const intents: MailIntent[] = [];
  if (became(from, to, (s) => s.FORCE === "SUBMITTED")) {
    intents.push({ kind: "force-awaits-approval", audience: { role: "DCC", exceptEditorsOf: "FORCE" } });
    intents.push({ kind: "force-submitted", audience: { role: "PCC_OFFICE" } });
  }
  if (became(from, to, (s) => s.FORCE === "RETURNED")) intents.push({ kind: "force-returned", audience: { role: "ANALYST" } });
  // The PCC's office submits once the force part is approved; a statement already with the PCC needs nothing from them.
  if (action === "approve_force" && ["NOT_STARTED", "IN_PROGRESS", "RETURNED"].includes(to.PCC))
    intents.push({ kind: "force-approved", audience: { role: "PCC_OFFICE" } });
  // A change to the force part after the PCC's office wrote against its approved text. When the
  // PCC had approved the statement, that approval is void (reconfirm_pcc, in the same edit):
  // one message says so; otherwise the change is news in itself.
  if (action === "reconfirm_pcc") intents.push({ kind: "pcc-approval-voided", audience: { role: "PCC_OFFICE" } });
  else if (action === "reopen_force" && from.FORCE === "APPROVED" && ["IN_PROGRESS", "SUBMITTED", "RETURNED"].includes(from.PCC))
    intents.push({ kind: "force-changed", audience: { role: "PCC_OFFICE" } });
  if (became(from, to, awaitsPccApproval))
    intents.push({
      // Submitted now, or waiting since before a change to the force part that is now approved again.
      kind: action === "submit_pcc" ? "pcc-awaits-approval" : "pcc-reconfirm",
      audience: { role: "PCC", exceptEditorsOf: "PCC" },
    });
  if (became(from, to, (s) => s.PCC === "RETURNED")) intents.push({ kind: "pcc-returned", audience: { role: "PCC_OFFICE" } });
  if (became(from, to, (s) => s.stage === "READY")) intents.push({ kind: "ready-to-publish", audience: { role: "SECRETARIAT" } });
  if (action === "publish") intents.push({ kind: correction ? "corrected" : "published", audience: { workedOnQuarter: true } });
  if (action === "withdraw") intents.push({ kind: "withdrawn", audience: { workedOnQuarter: true } });
  return intents;
}

/**
 * The one rule for who is told what, derived from the event alone: the transition table's
 * action and the states before and after it (so a part that starts to wait for someone tells
 * them, whichever operation moved it), a new quarter, or a deadline coming close.
 */
export function mailIntents(event: WorkflowEvent): MailIntent[] {
  switch (event.kind) {
    case "created":
      return [{ kind: "quarter-created", audience: { role: "ANALYST" } }];
    case "deadline":
      return [{ kind: "deadline", audience: { role: "SECRETARIAT" } }];
    case "transition":
      return transitionIntents(event);
  }
}
