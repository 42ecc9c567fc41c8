import type { ApprovedPart } from "./stages";

/** Parts in URLs: /review/force, /submit/pcc. */
export const PART_SLUGS: Record<string, ApprovedPart> = { force: "FORCE", pcc: "PCC" };
export const slugOf = (part: ApprovedPart) => (part === "FORCE" ? "force" : "pcc");
