import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMain, PageTitle } from "@/components/ui/page";
import { OutboxStatusTag } from "@/components/mail/outbox-status-tag";
import { formatDateTime } from "@/lib/format";
import { ROLE_LABELS } from "@/lib/roles";
import { requireUser } from "@/server/session";
import { getAccount } from "@/server/users/get-account";
import { EmailSettingsForm } from "./email-settings-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser();
  const account = await getAccount(user);
  if (!account) notFound();
  return (
    <PageMain>
      <PageTitle>Your account</PageTitle>
      <dl className="mb-8 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">Name</dt>
        <dd>{account.name}</dd>
        <dt className="font-bold">Email address</dt>
        <dd>{account.email}</dd>
        <dt className="font-bold">Roles</dt>
        <dd>{user.roles.map((r) => ROLE_LABELS[r]).join(", ")}</dd>
      </dl>
      <EmailSettingsForm emailNotifications={account.emailNotifications} />
      <h2 className="mb-3 text-2xl font-bold">Recent emails to you</h2>
      {account.recentMail.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul className="max-w-3xl space-y-2" data-recent-mail>
          {account.recentMail.map((m) => (
            <li key={m.id}>
              {formatDateTime(m.createdAt)}: <a href={m.link}>{m.subject}</a> <OutboxStatusTag status={m.status} />
            </li>
          ))}
        </ul>
      )}
    </PageMain>
  );
}
