import type { Metadata } from "next";
import Link from "next/link";
import { PageMain, PageTitle } from "@/components/ui/page";
import { Notice } from "@/components/ui/notice";
import { ActionButton } from "@/components/forms/action-button";
import { OutboxStatusTag } from "@/components/mail/outbox-status-tag";
import { formatDateTime } from "@/lib/format";
import { readMailConfig } from "@/lib/mail/mail-config";
import { OUTBOX_STATUSES, OUTBOX_STATUS_LABELS, type OutboxStatus } from "@/lib/mail/outbox-status";
import { requirePermission } from "@/server/session";
import { listOutbox, OUTBOX_PAGE_SIZE } from "@/server/mail/list-outbox";
import { MAX_ATTEMPTS } from "@/server/mail/deliver-outbox";
import { resendMailAction } from "./actions";

export const metadata: Metadata = { title: "Outbox" };

function parseStatus(value: string | undefined): OutboxStatus | undefined {
  return OUTBOX_STATUSES.find((s) => s === value);
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const actor = await requirePermission("outbox:manage");
  const status = parseStatus((await searchParams).status);
  const { counts, messages } = await listOutbox({ actor, status });
  const config = readMailConfig(process.env);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const filters = [{ label: "All", href: "/app/outbox", count: total, current: !status }].concat(
    OUTBOX_STATUSES.map((s) => ({
      label: OUTBOX_STATUS_LABELS[s],
      href: `/app/outbox?status=${s}`,
      count: counts[s] ?? 0,
      current: s === status,
    })),
  );
  return (
    <PageMain>
      <PageTitle>Outbox</PageTitle>
      <Notice title={config.smtpUrl ? "Emails are sent" : "Emails are not sent"}>
        {config.smtpUrl ? (
          <p>
            Through {config.destination}, from {config.from}. A message that cannot be sent is tried {MAX_ATTEMPTS} times, a while apart,
            then marked failed here.
          </p>
        ) : (
          <p>No mail server is configured (SMTP_URL), so each message is written to the server log and kept here.</p>
        )}
      </Notice>
      <nav aria-label="Emails by status" className="mb-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {filters.map((f) => (
            <li key={f.href}>
              <Link href={f.href} aria-current={f.current ? "page" : undefined} className={f.current ? "font-bold" : undefined}>
                {f.label} ({f.count})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {(counts.FAILED ?? 0) > 0 && (
        <ActionButton label="Send all failed emails again" input={{}} run={resendMailAction} className="mb-6">
          <p className="mb-3">
            {counts.FAILED} {counts.FAILED === 1 ? "email has" : "emails have"} failed. Once the mail server works again, send them again:
            each gets {MAX_ATTEMPTS} more tries.
          </p>
        </ActionButton>
      )}
      {messages.length === 0 ? (
        <p>No emails{status ? ` with this status` : ""}.</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">
            {status ? OUTBOX_STATUS_LABELS[status] : "All"} emails, newest first
            {total > OUTBOX_PAGE_SIZE ? ` (the latest ${OUTBOX_PAGE_SIZE})` : ""}
          </caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                Queued
              </th>
              <th scope="col" className="py-2 pr-4">
                To
              </th>
              <th scope="col" className="py-2 pr-4">
                Subject
              </th>
              <th scope="col" className="py-2">
                Status
              </th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id} className="border-b border-line align-top" data-message={m.id}>
                <td className="py-2 pr-4">{formatDateTime(m.createdAt)}</td>
                <td className="py-2 pr-4">
                  {m.toName}
                  <br />
                  <span className="text-muted">{m.toEmail}</span>
                </td>
                <td className="py-2 pr-4">
                  <details>
                    <summary className="cursor-pointer">{m.subject}</summary>
                    <pre className="mt-2 whitespace-pre-wrap font-sans">{m.text}</pre>
                  </details>
                </td>
                <td className="py-2">
                  <OutboxStatusTag status={m.status} />
                  <p className="text-base">
                    {m.sentAt && <>{formatDateTime(m.sentAt)}. </>}
                    {m.attempts > 0 && (
                      <>
                        {m.attempts} {m.attempts === 1 ? "try" : "tries"}.{" "}
                      </>
                    )}
                    {m.status === "PENDING" && m.attempts > 0 && <>Next try at {formatDateTime(m.nextAttemptAt)}.</>}
                  </p>
                  {m.lastError && <p className="text-base text-danger">{m.lastError}</p>}
                  {m.status === "FAILED" && (
                    <ActionButton
                      label="Send again"
                      formLabel={`Send again: ${m.subject} to ${m.toEmail}`}
                      input={{ messageId: m.id }}
                      run={resendMailAction}
                      className="mt-2"
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PageMain>
  );
}
