import { Part, PartStatus, Stage } from "@/generated/prisma/enums";

// Stages, parts and part statuses are declared once, in the Prisma schema; this adds their
// labels and the rule that derives a quarter's stage from its parts.
export { Part, PartStatus, Stage };
export const STAGES = Object.values(Stage);
export const PART_STATUSES = Object.values(PartStatus);

/** The two parts that are written, submitted and approved; the secretariat's content is not. */
export const APPROVED_PARTS = ["FORCE", "PCC"] as const satisfies readonly Part[];
export type ApprovedPart = (typeof APPROVED_PARTS)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  IN_PROGRESS: "In progress",
  APPROVAL: "Awaiting approval",
  READY: "Ready to publish",
  PUBLISHED: "Published",
  SUPERSEDED: "Replaced by a later edition",
  WITHDRAWN: "Withdrawn",
};

export const PART_STATUS_LABELS: Record<PartStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  SUBMITTED: "Submitted",
  APPROVED: "Approved",
  RETURNED: "Returned",
};

export const PART_LABELS: Record<Part, string> = {
  FORCE: "Force part (figures, KPI actuals and force statement)",
  PCC: "PCC statement",
  SECRETARIAT: "Meeting details, reporting frequency and recommendations",
};

/** Short names for sentences: "the force part", "the PCC statement". */
export const PART_NAMES: Record<ApprovedPart, string> = { FORCE: "force part", PCC: "PCC statement" };

/** Stages after publication: closed to edits, and the only ones the public may see. */
export const CLOSED_STAGES = ["PUBLISHED", "SUPERSEDED", "WITHDRAWN"] as const satisfies readonly Stage[];
const CLOSED: readonly Stage[] = CLOSED_STAGES;
export type OpenStage = Exclude<Stage, (typeof CLOSED_STAGES)[number]>;

/**
 * Authors may edit their part at any stage until publication: the approval is bound to a
 * hash of what was approved, so a later edit voids it visibly rather than slipping through.
 */
export function isEditable(stage: Stage) {
  return !CLOSED.includes(stage);
}

const inForApproval = (s: PartStatus) => s === "SUBMITTED" || s === "APPROVED";

/**
 * The one place an open quarter's stage comes from: ready when both parts are approved,
 * awaiting approval when both are with their approvers, otherwise in progress.
 */
export function deriveStage(force: PartStatus, pcc: PartStatus): OpenStage {
  if (force === "APPROVED" && pcc === "APPROVED") return "READY";
  if (inForApproval(force) && inForApproval(pcc)) return "APPROVAL";
  return "IN_PROGRESS";
}
