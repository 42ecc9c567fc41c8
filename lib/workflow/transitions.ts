import type { Permission } from "@/lib/permissions";
import type { Stage } from "./stages";

/** Every workflow action, declared once. */
export const WORKFLOW_ACTIONS = [
  "submit_data",
  "submit_force",
  "submit_pcc",
  "approve_force",
  "approve_pcc",
  "return_force",
  "return_pcc",
  "reopen_force",
  "reopen_pcc",
  "publish",
  "supersede",
  "withdraw",
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** The actions a person takes with a button; the rest follow from other operations. */
export const MANUAL_ACTIONS = [
  "submit_data",
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

/** What the table's conditions read; computed on the server from the database. */
export type WorkflowFacts = {
  pccSubmitted: boolean;
  forceApproved: boolean;
  pccApproved: boolean;
  actorEditedForce: boolean;
  actorEditedPcc: boolean;
  /** Unmet items that block submitting each part, and publishing (the statutory checklist). */
  missingForData: string[];
  missingForForce: string[];
  missingForPcc: string[];
  missingForPublish: string[];
  pastDeadline: boolean;
  isCorrection: boolean;
};

export type TransitionInput = { comment?: string; lateReason?: string; changeNote?: string; minorChange?: boolean };

export type Transition = {
  action: WorkflowAction;
  from: Stage;
  to: Stage;
  permission: Permission;
  /** Routing: which row applies when one action can lead to several stages. */
  when?: (facts: WorkflowFacts) => boolean;
  /** Refusal: a message saying why the transition cannot happen now, or null. */
  guard?: (facts: WorkflowFacts, input: TransitionInput) => string | null;
  needsComment?: boolean;
  effects?: { pccSubmitted?: boolean };
};

const listMissing = (intro: string, missing: string[]) => (missing.length ? `${intro}: ${missing.join("; ")}.` : null);
const bothApproved = (f: WorkflowFacts) => f.forceApproved && f.pccApproved;

const forceReady = (f: WorkflowFacts) => listMissing("The force part is not complete", [...f.missingForData, ...f.missingForForce]);

const approveForce = (f: WorkflowFacts) => {
  if (f.forceApproved) return "The force part is already approved.";
  if (f.actorEditedForce) return "You edited the force part of this submission, so someone else must approve it (separation of duties).";
  return null;
};
const approvePcc = (f: WorkflowFacts) => {
  if (f.pccApproved) return "The PCC statement is already approved.";
  if (f.actorEditedPcc) return "You edited the PCC statement of this submission, so someone else must approve it (separation of duties).";
  return null;
};

const publishGuard = (f: WorkflowFacts, input: TransitionInput) => {
  const unapproved = [
    !f.forceApproved && "the force part needs the DCC's approval",
    !f.pccApproved && "the PCC statement needs the PCC's approval",
  ].filter(Boolean);
  if (unapproved.length) return `Publishing is refused: ${unapproved.join(" and ")}.`;
  const missing = listMissing("Publishing is refused until the statutory checklist is complete", f.missingForPublish);
  if (missing) return missing;
  if (f.pastDeadline && !input.lateReason?.trim()) return "The publication deadline has passed: give the reason for publishing late.";
  if (f.isCorrection && !input.changeNote?.trim() && !input.minorChange)
    return "Describe what changed in this edition, or mark it as a minor change.";
  return null;
};

/**
 * The workflow, as one table. Every status change in the app goes through a row here, looked
 * up by (action, from) and `when`, checked for permission and guard on the server.
 */
export const TRANSITIONS: readonly Transition[] = [
  {
    action: "submit_data",
    from: "DATA_ENTRY",
    to: "FORCE_STATEMENT",
    permission: "force:submit",
    guard: (f) => listMissing("The figures are not complete", f.missingForData),
  },

  {
    action: "submit_force",
    from: "FORCE_STATEMENT",
    to: "PCC_STATEMENT",
    permission: "force:submit",
    when: (f) => !f.pccSubmitted,
    guard: forceReady,
  },
  {
    action: "submit_force",
    from: "FORCE_STATEMENT",
    to: "APPROVAL",
    permission: "force:submit",
    when: (f) => f.pccSubmitted && !bothApproved(f),
    guard: forceReady,
  },
  {
    action: "submit_force",
    from: "FORCE_STATEMENT",
    to: "READY",
    permission: "force:submit",
    when: (f) => f.pccSubmitted && bothApproved(f),
    guard: forceReady,
  },

  {
    action: "submit_pcc",
    from: "PCC_STATEMENT",
    to: "APPROVAL",
    permission: "pcc:submit",
    when: (f) => !bothApproved(f),
    guard: (f) => listMissing("The PCC statement is not complete", f.missingForPcc),
    effects: { pccSubmitted: true },
  },
  {
    action: "submit_pcc",
    from: "PCC_STATEMENT",
    to: "READY",
    permission: "pcc:submit",
    when: bothApproved,
    guard: (f) => listMissing("The PCC statement is not complete", f.missingForPcc),
    effects: { pccSubmitted: true },
  },

  { action: "approve_force", from: "APPROVAL", to: "READY", permission: "force:approve", when: (f) => f.pccApproved, guard: approveForce },
  {
    action: "approve_force",
    from: "APPROVAL",
    to: "APPROVAL",
    permission: "force:approve",
    when: (f) => !f.pccApproved,
    guard: approveForce,
  },
  { action: "approve_pcc", from: "APPROVAL", to: "READY", permission: "pcc:approve", when: (f) => f.forceApproved, guard: approvePcc },
  { action: "approve_pcc", from: "APPROVAL", to: "APPROVAL", permission: "pcc:approve", when: (f) => !f.forceApproved, guard: approvePcc },

  { action: "return_force", from: "APPROVAL", to: "FORCE_STATEMENT", permission: "force:approve", needsComment: true },
  {
    action: "return_pcc",
    from: "APPROVAL",
    to: "PCC_STATEMENT",
    permission: "pcc:approve",
    needsComment: true,
    effects: { pccSubmitted: false },
  },
  { action: "return_force", from: "READY", to: "FORCE_STATEMENT", permission: "submission:return", needsComment: true },
  {
    action: "return_pcc",
    from: "READY",
    to: "PCC_STATEMENT",
    permission: "submission:return",
    needsComment: true,
    effects: { pccSubmitted: false },
  },

  // An edit that voids an approval takes a ready submission back to approval.
  { action: "reopen_force", from: "READY", to: "APPROVAL", permission: "force:edit" },
  { action: "reopen_pcc", from: "READY", to: "APPROVAL", permission: "pcc:edit" },

  { action: "publish", from: "READY", to: "PUBLISHED", permission: "submission:publish", guard: publishGuard },
  { action: "supersede", from: "PUBLISHED", to: "SUPERSEDED", permission: "submission:publish" },
  { action: "withdraw", from: "PUBLISHED", to: "WITHDRAWN", permission: "submission:withdraw", needsComment: true },
];

export type Resolution =
  { ok: true; transition: Transition } | { ok: false; reason: "no-transition" | "forbidden" | "guard" | "comment"; message: string };

const FORBIDDEN = { ok: false, reason: "forbidden", message: "You do not have permission to do that." } as const satisfies Resolution;

/** Whether the actor's permissions allow this action at any stage at all. */
export function mayTake(action: WorkflowAction, hasPermission: (p: Permission) => boolean): boolean {
  return TRANSITIONS.some((t) => t.action === action && hasPermission(t.permission));
}

/** Pure decision: may this actor (given their permissions) take this action now? */
export function resolveTransition(
  action: WorkflowAction,
  from: Stage,
  facts: WorkflowFacts,
  hasPermission: (p: Permission) => boolean,
  input: TransitionInput = {},
): Resolution {
  // Permission first: someone who may never take this action learns nothing about the stage.
  if (!mayTake(action, hasPermission)) return FORBIDDEN;
  const rows = TRANSITIONS.filter((t) => t.action === action && t.from === from);
  if (rows.length === 0)
    return { ok: false, reason: "no-transition", message: `That cannot be done while the submission is at this stage.` };
  const permitted = rows.filter((t) => hasPermission(t.permission));
  if (permitted.length === 0) return FORBIDDEN;
  const transition = permitted.find((t) => (t.when ? t.when(facts) : true));
  if (!transition) return { ok: false, reason: "no-transition", message: "That cannot be done while the submission is at this stage." };
  const refusal = transition.guard?.(facts, input);
  if (refusal) return { ok: false, reason: "guard", message: refusal };
  if (transition.needsComment && !input.comment?.trim())
    return { ok: false, reason: "comment", message: "Enter a comment explaining why." };
  return { ok: true, transition };
}

/** The actions this actor could take now (used to decide which buttons to show). */
export function availableActions(from: Stage, facts: WorkflowFacts, hasPermission: (p: Permission) => boolean): ManualAction[] {
  return MANUAL_ACTIONS.filter((action) =>
    TRANSITIONS.some((t) => t.action === action && t.from === from && hasPermission(t.permission) && (t.when ? t.when(facts) : true)),
  );
}
