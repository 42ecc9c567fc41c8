// Roles and their labels. Kept free of server imports so forms and pages can show them.
export const ROLES = ["ANALYST", "DCC", "PCC_OFFICE", "PCC", "SECRETARIAT", "ADMIN"] as const;
export type RoleName = (typeof ROLES)[number];

export const ROLE_LABELS: Record<RoleName, string> = {
  ANALYST: "Force analyst",
  DCC: "Deputy Chief Constable",
  PCC_OFFICE: "PCC's office",
  PCC: "Police and Crime Commissioner",
  SECRETARIAT: "Board secretariat",
  ADMIN: "Administrator",
};
