import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMain, PageTitle } from "@/components/ui/page";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/format";
import { describeUserEvent } from "@/lib/auth/user-history";
import { requirePermission } from "@/server/session";
import { getUser, listUserAudit } from "@/server/users/list-users";
import { UserRolesForm } from "./user-roles-form";
import { UserActiveForm } from "./user-active-form";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const actor = await requirePermission("users:manage");
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const [user, audit] = await Promise.all([getUser(actor, id), listUserAudit(actor, id)]);
  if (!user) notFound();
  return (
    <PageMain>
      <PageTitle caption={user.email}>{user.name}</PageTitle>
      {created && (
        <Notice tone="success" title="User created" live>
          The account is ready to use.
        </Notice>
      )}
      {!user.active && (
        <Notice tone="warning" title="Deactivated">
          This user cannot sign in.
        </Notice>
      )}
      <UserRolesForm userId={user.id} roles={user.roles} />
      <UserActiveForm userId={user.id} active={user.active} isSelf={user.id === actor.id} />
      <h2 className="mb-3 mt-8 text-2xl font-bold">History</h2>
      <ul className="space-y-1">
        {audit.map((a) => (
          <li key={a.id}>
            {formatDateTime(a.at)}: {describeUserEvent(a)} by {a.actorEmail ?? "system"}
          </li>
        ))}
      </ul>
    </PageMain>
  );
}
