export const STAGES = ["DATA_ENTRY", "FORCE_STATEMENT", "PCC_STATEMENT", "APPROVAL", "READY", "PUBLISHED", "SUPERSEDED", "WITHDRAWN"] as const;
export type StageName = (typeof STAGES)[number];

export const STAGE_LABELS: Record<StageName, string> = {
  DATA_ENTRY: "Data entry",
  FORCE_STATEMENT: "Force statement",
  PCC_STATEMENT: "PCC statement",
  APPROVAL: "Approval",
  READY: "Ready to publish",
  PUBLISHED: "Published",
  SUPERSEDED: "Superseded by a later edition",
  WITHDRAWN: "Withdrawn",
};

export type PartName = "FORCE" | "PCC" | "SECRETARIAT";

export const PART_LABELS: Record<PartName, string> = {
  FORCE: "Force part (figures and force statement)",
  PCC: "PCC statement",
  SECRETARIAT: "Meeting details, reporting frequency and recommendations",
};

/** Stages after publication: closed to edits, and the only ones the public may see. */
export const CLOSED_STAGES = ["PUBLISHED", "SUPERSEDED", "WITHDRAWN"] as const satisfies readonly StageName[];
const CLOSED: readonly StageName[] = CLOSED_STAGES;

/**
 * Authors may edit their part at any stage until publication: the approval is bound to a
 * hash of what was approved, so a later edit voids it visibly rather than slipping through.
 */
export function isEditable(stage: StageName) {
  return !CLOSED.includes(stage);
}
