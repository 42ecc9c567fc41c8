import type { Permission } from "@/lib/permissions";
import type { Part } from "./stages";

/** Who may edit each part's content. */
export const EDIT_PERMISSION: Record<Part, Permission> = {
  FORCE: "force:edit",
  PCC: "pcc:edit",
  SECRETARIAT: "secretariat:edit",
};
