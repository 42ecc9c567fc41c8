import type { Permission } from "@/lib/permissions";
import {
  deriveStage,
  isEditable,
  PART_NAMES,
  PART_STATUS_LABELS,
  STAGE_LABELS,
  type ApprovedPart,
  type PartStatus,
  type Stage,
} from "./stages";

/** Every workflow action, declared once. */
export const WORKFLOW_ACTIONS = [
  "start_force",
  "start_pcc",
  "submit_force",
  "submit_pcc",
  "approve_force",
  "approve_pcc",
  "return_force",
  "return_pcc",
  "reopen_force",
  "reopen_pcc",
  "reconfirm_pcc",
  "publish",
  "supersede",
  "withdraw",
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** The actions a person takes with a button; the rest follow from other operations (an edit, a new edition). */
export const MANUAL_ACTIONS = [
  "submit_force",
  "submit_pcc",
  "approve_force",
  "approve_pcc",
  "return_force",
  "return_pcc",
  "publish",
  "withdraw",
] as const satisfies readonly WorkflowAction[];
export type ManualAction = (typeof MANUAL_ACTIONS)[number];

/** Where a quarter stands: its stage and each approved part's status. */
export type WorkflowState = { stage: Stage; FORCE: PartStatus; PCC: PartStatus };

/** What the table's conditions read; computed on the server from the database. */
export type WorkflowFacts = {
  /** An approval that still matches the content (for the PCC's: both the statement and the force part it answered). */
  forceApproved: boolean;
  pccApproved: boolean;
  actorEditedForce: boolean;
  actorEditedPcc: boolean;
  /** Unmet items that block submitting each part, and publishing (the statutory checklist). */
  missingForForce: string[];
  missingForPcc: string[];
  missingForPublish: string[];
  /** Numbers in the force statement that the figure check flags as likely wrong. */
  figureFlags: number;
  pastDeadline: boolean;
  isCorrection: boolean;
};

export type TransitionInput = {
  comment?: string;
  lateReason?: string;
  changeNote?: string;
  minorChange?: boolean;
  /** The author ticked "I have checked the flagged numbers". */
  checkedFlags?: boolean;
};

type Guard = (facts: WorkflowFacts, input: TransitionInput, state: WorkflowState) => string | null;

type Common = { action: WorkflowAction; permission: Permission; guard?: Guard; needsComment?: boolean };
/** A row that moves one part between statuses; the quarter's stage is then derived from both parts. */
export type PartTransition = Common & { subject: ApprovedPart; from: PartStatus; to: PartStatus };
/** A row that moves a whole quarter edition between stages (publishing, replacing, withdrawing). */
export type QuarterTransition = Common & { subject: "QUARTER"; from: Stage; to: Stage };
export type Transition = PartTransition | QuarterTransition;

const listMissing = (intro: string, missing: string[]) => (missing.length ? `${intro}: ${missing.join("; ")}.` : null);

export const FLAGS_NOT_CHECKED =
  "The figure check flagged numbers in the force statement. Check them, then tick “I have checked the flagged numbers”.";

const submitForce: Guard = (f, input) =>
  listMissing("The force part is not complete", f.missingForForce) ?? (f.figureFlags > 0 && !input.checkedFlags ? FLAGS_NOT_CHECKED : null);

const submitPcc: Guard = (f, _input, state) =>
  state.FORCE !== "APPROVED"
    ? "The PCC statement can be submitted once the DCC has approved the force part, so that it always responds to approved text."
    : listMissing("The PCC statement is not complete", f.missingForPcc);

const separation = (edited: boolean, part: ApprovedPart) =>
  edited ? `You edited the ${PART_NAMES[part]} of this submission, so someone else must approve it (separation of duties).` : null;

const approveForce: Guard = (f) => separation(f.actorEditedForce, "FORCE");
const approvePcc: Guard = (f, _input, state) =>
  separation(f.actorEditedPcc, "PCC") ??
  (state.FORCE !== "APPROVED" ? "The PCC statement can be approved once the DCC has approved the force part it responds to." : null);

const publishGuard: Guard = (f, input) => {
  const unapproved = [
    !f.forceApproved && "the force part needs the DCC's approval",
    !f.pccApproved && "the PCC statement needs the PCC's approval",
  ].filter(Boolean);
  if (unapproved.length) return `It cannot be published yet: ${unapproved.join(" and ")}.`;
  const missing = listMissing("It cannot be published until these are complete", f.missingForPublish);
  if (missing) return missing;
  if (f.pastDeadline && !input.lateReason?.trim()) return "The publication deadline has passed: give the reason for publishing late.";
  if (f.isCorrection && !input.changeNote?.trim() && !input.minorChange)
    return "Describe what changed in this edition, or mark it as a minor change.";
  return null;
};

/** The return rows of one part: its approver, or the secretariat, sends it back with a comment. */
function returnRows(subject: ApprovedPart, action: WorkflowAction, approver: Permission): PartTransition[] {
  return (["SUBMITTED", "APPROVED"] as const).flatMap((from) =>
    [approver, "submission:return" as const].map((permission) => ({
      subject,
      action,
      from,
      to: "RETURNED" as const,
      permission,
      needsComment: true,
    })),
  );
}

/**
 * The workflow, as one table. Each approved part moves on its own: not started → in progress
 * → submitted → approved, or returned with a comment. Every status change in the app goes
 * through a row here, looked up by (action, current status), checked for permission and guard
 * on the server; the quarter's stage follows from the parts (deriveStage).
 */
export const TRANSITIONS: readonly Transition[] = [
  // The first save of a part starts it.
  { subject: "FORCE", action: "start_force", from: "NOT_STARTED", to: "IN_PROGRESS", permission: "force:edit" },
  { subject: "PCC", action: "start_pcc", from: "NOT_STARTED", to: "IN_PROGRESS", permission: "pcc:edit" },

  { subject: "FORCE", action: "submit_force", from: "IN_PROGRESS", to: "SUBMITTED", permission: "force:submit", guard: submitForce },
  { subject: "FORCE", action: "submit_force", from: "RETURNED", to: "SUBMITTED", permission: "force:submit", guard: submitForce },
  { subject: "PCC", action: "submit_pcc", from: "IN_PROGRESS", to: "SUBMITTED", permission: "pcc:submit", guard: submitPcc },
  { subject: "PCC", action: "submit_pcc", from: "RETURNED", to: "SUBMITTED", permission: "pcc:submit", guard: submitPcc },

  { subject: "FORCE", action: "approve_force", from: "SUBMITTED", to: "APPROVED", permission: "force:approve", guard: approveForce },
  { subject: "PCC", action: "approve_pcc", from: "SUBMITTED", to: "APPROVED", permission: "pcc:approve", guard: approvePcc },

  ...returnRows("FORCE", "return_force", "force:approve"),
  ...returnRows("PCC", "return_pcc", "pcc:approve"),

  // A change to a submitted or approved part takes it back to its authors (and voids the approval).
  { subject: "FORCE", action: "reopen_force", from: "SUBMITTED", to: "IN_PROGRESS", permission: "force:edit" },
  { subject: "FORCE", action: "reopen_force", from: "APPROVED", to: "IN_PROGRESS", permission: "force:edit" },
  { subject: "PCC", action: "reopen_pcc", from: "SUBMITTED", to: "IN_PROGRESS", permission: "pcc:edit" },
  { subject: "PCC", action: "reopen_pcc", from: "APPROVED", to: "IN_PROGRESS", permission: "pcc:edit" },
  // A change to the force part voids the PCC's approval of the statement that answered it: the
  // unchanged statement goes back to the PCC to confirm, without its authors doing anything.
  { subject: "PCC", action: "reconfirm_pcc", from: "APPROVED", to: "SUBMITTED", permission: "force:edit" },

  { subject: "QUARTER", action: "publish", from: "READY", to: "PUBLISHED", permission: "submission:publish", guard: publishGuard },
  { subject: "QUARTER", action: "supersede", from: "PUBLISHED", to: "SUPERSEDED", permission: "submission:publish" },
  { subject: "QUARTER", action: "withdraw", from: "PUBLISHED", to: "WITHDRAWN", permission: "submission:withdraw", needsComment: true },
];

export type Resolution =
  | { ok: true; transition: Transition; next: WorkflowState }
  | { ok: false; reason: "no-transition" | "forbidden" | "guard" | "comment"; message: string };

const FORBIDDEN = { ok: false, reason: "forbidden", message: "You do not have permission to do that." } as const satisfies Resolution;

/** Which part (or the whole quarter) an action moves. */
export function subjectOf(action: WorkflowAction): Transition["subject"] {
  return TRANSITIONS.find((t) => t.action === action)!.subject;
}

/** Whether the actor's permissions allow this action in any state at all. */
export function mayTake(action: WorkflowAction, hasPermission: (p: Permission) => boolean): boolean {
  return TRANSITIONS.some((t) => t.action === action && hasPermission(t.permission));
}

const currentOf = (t: Transition, state: WorkflowState) => (t.subject === "QUARTER" ? state.stage : state[t.subject]);

function notNow(action: WorkflowAction, state: WorkflowState) {
  const subject = subjectOf(action);
  const where =
    subject === "QUARTER" || !isEditable(state.stage)
      ? `the quarter is ${STAGE_LABELS[state.stage].toLowerCase()}`
      : `the ${PART_NAMES[subject]} is ${PART_STATUS_LABELS[state[subject]].toLowerCase()}`;
  return { ok: false, reason: "no-transition", message: `That cannot be done now: ${where}.` } as const;
}

/** The rows that apply to this action in this state (parts move only while the quarter is open). */
function rowsFor(action: WorkflowAction, state: WorkflowState) {
  return TRANSITIONS.filter(
    (t) => t.action === action && t.from === currentOf(t, state) && (t.subject === "QUARTER" || isEditable(state.stage)),
  );
}

function nextState(t: Transition, state: WorkflowState): WorkflowState {
  if (t.subject === "QUARTER") return { ...state, stage: t.to };
  const parts = { FORCE: state.FORCE, PCC: state.PCC, [t.subject]: t.to };
  return { ...parts, stage: deriveStage(parts.FORCE, parts.PCC) };
}

/** Pure decision: may this actor (given their permissions) take this action now, and where does it lead? */
export function resolveTransition(
  action: WorkflowAction,
  state: WorkflowState,
  facts: WorkflowFacts,
  hasPermission: (p: Permission) => boolean,
  input: TransitionInput = {},
): Resolution {
  // Permission first: someone who may never take this action learns nothing about the state.
  if (!mayTake(action, hasPermission)) return FORBIDDEN;
  const rows = rowsFor(action, state);
  if (rows.length === 0) return notNow(action, state);
  const transition = rows.find((t) => hasPermission(t.permission));
  if (!transition) return FORBIDDEN;
  const refusal = transition.guard?.(facts, input, state);
  if (refusal) return { ok: false, reason: "guard", message: refusal };
  if (transition.needsComment && !input.comment?.trim())
    return { ok: false, reason: "comment", message: "Enter a comment explaining why." };
  return { ok: true, transition, next: nextState(transition, state) };
}

/** The actions this actor could take now (to decide which buttons to show); guards may still refuse. */
export function availableActions(state: WorkflowState, hasPermission: (p: Permission) => boolean): ManualAction[] {
  return MANUAL_ACTIONS.filter((action) => rowsFor(action, state).some((t) => hasPermission(t.permission)));
}
