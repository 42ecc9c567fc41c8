import type { Metadata } from "next";
import Link from "next/link";
import { PageMain, PageTitle } from "@/components/ui/page";
import { ROLE_LABELS } from "@/lib/roles";
import { requirePermission } from "@/server/session";
import { listUsers } from "@/server/users/list-users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePermission("users:manage");
  const users = await listUsers(actor);
  return (
    <PageMain>
      <PageTitle>Users</PageTitle>
      <p className="mb-6">
        <Link href="/app/users/new" className="font-bold">
          Create a user
        </Link>
      </p>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">All user accounts</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              Name
            </th>
            <th scope="col" className="py-2 pr-4">
              Email
            </th>
            <th scope="col" className="py-2 pr-4">
              Roles
            </th>
            <th scope="col" className="py-2">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-line">
              <td className="py-2 pr-4">
                <Link href={`/app/users/${u.id}`}>{u.name}</Link>
              </td>
              <td className="py-2 pr-4">{u.email}</td>
              <td className="py-2 pr-4">{u.roles.map((r) => ROLE_LABELS[r]).join(", ")}</td>
              <td className="py-2">{u.active ? "Active" : <strong>Deactivated</strong>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PageMain>
  );
}
