import type { Role } from "../../generated/prisma/client";

/** Demo accounts, one per role, plus one holding two roles to show separation of duties. */
export const DEMO_PASSWORD = "scorecard-demo";

export const DEMO_USERS: { email: string; name: string; roles: Role[] }[] = [
  { email: "analyst@example.org", name: "Alex Analyst", roles: ["ANALYST"] },
  { email: "dcc@example.org", name: "Dana Deputy", roles: ["DCC"] },
  { email: "pcc-office@example.org", name: "Priya Policy", roles: ["PCC_OFFICE"] },
  { email: "pcc@example.org", name: "Pat Commissioner", roles: ["PCC"] },
  { email: "secretariat@example.org", name: "Sam Secretary", roles: ["SECRETARIAT"] },
  { email: "admin@example.org", name: "Ada Admin", roles: ["ADMIN"] },
  { email: "analyst-dcc@example.org", name: "Morgan Both", roles: ["ANALYST", "DCC"] },
];
