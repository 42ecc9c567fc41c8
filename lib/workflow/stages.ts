import { Part, Stage } from "@/generated/prisma/enums";

// Stages and parts are declared once, in the Prisma schema; this adds their labels and rules.
export { Part, Stage };
export const STAGES = Object.values(Stage);

export const STAGE_LABELS: Record<Stage, string> = {
  DATA_ENTRY: "Data entry",
  FORCE_STATEMENT: "Force statement",
  PCC_STATEMENT: "PCC statement",
  APPROVAL: "Approval",
  READY: "Ready to publish",
  PUBLISHED: "Published",
  SUPERSEDED: "Superseded by a later edition",
  WITHDRAWN: "Withdrawn",
};

export const PART_LABELS: Record<Part, string> = {
  FORCE: "Force part (figures and force statement)",
  PCC: "PCC statement",
  SECRETARIAT: "Meeting details, reporting frequency and recommendations",
};

/** Stages after publication: closed to edits, and the only ones the public may see. */
export const CLOSED_STAGES = ["PUBLISHED", "SUPERSEDED", "WITHDRAWN"] as const satisfies readonly Stage[];
const CLOSED: readonly Stage[] = CLOSED_STAGES;

/**
 * Authors may edit their part at any stage until publication: the approval is bound to a
 * hash of what was approved, so a later edit voids it visibly rather than slipping through.
 */
export function isEditable(stage: Stage) {
  return !CLOSED.includes(stage);
}
