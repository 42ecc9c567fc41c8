import { can, type Actor, type Permission } from "./permissions";

type NavItem = { href: string; label: string; permission: Permission; description: string };

// What each area of the intranet is for; a role sees the items its permissions allow.
export const NAV_ITEMS: readonly NavItem[] = [
  {
    href: "/app/quarters",
    label: "Quarters",
    permission: "submission:view",
    description: "See where every quarter stands, who acts next and what is missing.",
  },
  {
    href: "/app/quarters/new",
    label: "New quarter",
    permission: "quarter:create",
    description: "Create a quarter with its board meeting.",
  },
  {
    href: "/app/framework",
    label: "Measures and KPIs",
    permission: "framework:edit",
    description: "Edit the national measures, their indicators and the local KPIs.",
  },
  {
    href: "/app/users",
    label: "Users",
    permission: "users:manage",
    description: "Create accounts, change roles, deactivate and reactivate users.",
  },
  {
    href: "/app/outbox",
    label: "Outbox",
    permission: "outbox:manage",
    description: "See the emails Scorecard has sent or is about to send, and send failed ones again.",
  },
  {
    href: "/app/settings",
    label: "Settings",
    permission: "settings:edit",
    description: "The organisation's names, logo, contact and accessibility statement on every public page and document.",
  },
];

export function navFor(actor: Actor) {
  return NAV_ITEMS.filter((item) => can(actor, item.permission));
}
