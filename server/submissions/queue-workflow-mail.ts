import "server-only";
import type { Tx } from "@/server/db";
import { composeMail, type MailContext } from "@/lib/mail/compose-mail";
import { mailIntents, type Audience, type WorkflowEvent } from "@/lib/mail/workflow-mail";
import { quarterLabel } from "@/lib/quarters";
import { ROLE_LABELS } from "@/lib/roles";
import { appUrl, publicSiteUrl } from "@/lib/site-url";

export type QueueWorkflowMailOptions = {
  /** Who caused the event (never told of it); null for the deadline reminder. */
  actor: { id: string; name: string } | null;
  submissionId: string;
  event: WorkflowEvent;
  comment?: string;
  deadline?: MailContext["deadline"];
};

type Recipient = { id: string; email: string; name: string };

const CAN_RECEIVE = { active: true, emailNotifications: true } as const;
const RECIPIENT = { id: true, email: true, name: true } as const;

async function recipientsOf(tx: Tx, audience: Audience, submissionId: string, quarterId: string): Promise<Recipient[]> {
  if ("workedOnQuarter" in audience) {
    // Everyone recorded as acting on any edition of the quarter: creating, editing, submitting, approving, returning.
    const actors = await tx.auditEvent.findMany({
      where: { submissionId: { in: await editionIds(tx, quarterId) }, actorId: { not: null } },
      distinct: ["actorId"],
      select: { actorId: true },
    });
    return tx.user.findMany({
      where: { ...CAN_RECEIVE, id: { in: actors.map((a) => a.actorId!) } },
      select: RECIPIENT,
      orderBy: { email: "asc" },
    });
  }
  const editors = audience.exceptEditorsOf
    ? (await tx.partEditor.findMany({ where: { submissionId, part: audience.exceptEditorsOf }, select: { userId: true } })).map(
        (e) => e.userId,
      )
    : [];
  return tx.user.findMany({
    where: { ...CAN_RECEIVE, roles: { some: { role: audience.role } }, id: { notIn: editors } },
    select: RECIPIENT,
    orderBy: { email: "asc" },
  });
}

async function editionIds(tx: Tx, quarterId: string) {
  return (await tx.submission.findMany({ where: { quarterId }, select: { id: true } })).map((s) => s.id);
}

/**
 * Queues the emails an event calls for, in the caller's transaction, so they commit (or roll
 * back) with the change itself; server/mail/ sends them afterwards. Who is told what is the
 * pure rule in lib/mail/workflow-mail.ts; this resolves each audience to the active people who
 * have not turned emails off, leaving out the person who caused the event.
 */
export async function queueWorkflowMail(tx: Tx, { actor, submissionId, event, comment, deadline }: QueueWorkflowMailOptions) {
  const intents = mailIntents(event);
  if (intents.length === 0) return 0;
  const submission = await tx.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { edition: true, quarterId: true, quarter: { select: { fyStart: true, quarter: true, slug: true } } },
  });
  const label = quarterLabel(submission.quarter.fyStart, submission.quarter.quarter);
  const context: MailContext = {
    quarter: submission.edition > 1 ? `${label}, edition ${submission.edition}` : label,
    submissionId,
    slug: submission.quarter.slug,
    appUrl: appUrl(),
    publicUrl: publicSiteUrl(),
    actorName: actor?.name ?? null,
    comment,
    deadline,
  };
  const rows = [];
  for (const { kind, audience } of intents) {
    const reason = "role" in audience ? `your Scorecard account has the role ${ROLE_LABELS[audience.role]}` : `you worked on ${label}`;
    for (const to of await recipientsOf(tx, audience, submissionId, submission.quarterId)) {
      if (to.id === actor?.id) continue;
      const mail = composeMail(kind, context, { name: to.name, reason });
      rows.push({ kind, submissionId, recipientId: to.id, toEmail: to.email, toName: to.name, ...mail });
    }
  }
  if (rows.length) await tx.outboxMessage.createMany({ data: rows });
  return rows.length;
}
