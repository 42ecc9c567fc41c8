import type { Permission } from "@/lib/permissions";
import type { PartName } from "./stages";

/** Who may edit each part's content. */
export const EDIT_PERMISSION: Record<PartName, Permission> = {
  FORCE: "force:edit",
  PCC: "pcc:edit",
  SECRETARIAT: "secretariat:edit",
};
