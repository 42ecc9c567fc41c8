import { Role } from "@/generated/prisma/enums";

// Roles are declared once, in the Prisma schema; this adds their labels. Free of server
// imports so forms and pages can show them.
export { Role };
export const ROLES = Object.values(Role);

export const ROLE_LABELS: Record<Role, string> = {
  ANALYST: "Force analyst",
  DCC: "Deputy Chief Constable",
  PCC_OFFICE: "PCC's office",
  PCC: "Police and Crime Commissioner",
  SECRETARIAT: "Board secretariat",
  ADMIN: "Administrator",
};
