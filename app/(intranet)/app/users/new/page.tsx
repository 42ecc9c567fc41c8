import type { Metadata } from "next";
import { PageMain, PageTitle } from "@/components/ui/page";
import { requirePermission } from "@/server/session";
import { passwordMode } from "@/lib/auth/oidc-config";
import { CreateUserForm } from "./create-user-form";

export const metadata: Metadata = { title: "Create a user" };

export default async function NewUserPage() {
  await requirePermission("users:manage");
  return (
    <PageMain>
      <PageTitle caption="Users">Create a user</PageTitle>
      <CreateUserForm passwordMode={passwordMode(process.env)} />
    </PageMain>
  );
}
