import type { MailKind } from "./workflow-mail";

/** What a message may say about its quarter. Never statement text: only names, dates and comments people wrote to each other. */
export type MailContext = {
  /** "2022/23 Q1", or "2022/23 Q1, edition 2". */
  quarter: string;
  submissionId: string;
  slug: string;
  /** The intranet's address (NEXTAUTH_URL) and the public site's, without a trailing slash. */
  appUrl: string;
  publicUrl: string;
  /** Who caused the event; null for the deadline reminder. */
  actorName: string | null;
  /** A return comment or a withdrawal's explanation. */
  comment?: string;
  deadline?: { date: string; workingDaysLeft: number; waiting: string[] };
};

export type MailRecipient = {
  name: string;
  /** Why they get it: "your Scorecard account has the role Deputy Chief Constable". */ reason: string;
};

export type ComposedMail = { subject: string; text: string; link: string };

type Template = { subject: string; what: string; next: string; link: string };

const quote = (comment: string | undefined) =>
  comment?.trim()
    ? `\n\n${comment
        .trim()
        .split(/\r?\n/)
        .map((line) => `> ${line}`)
        .join("\n")}`
    : "";

const days = (n: number) => `${n} working day${n === 1 ? "" : "s"}`;

function template(kind: MailKind, c: MailContext): Template {
  const page = (path = "") => `${c.appUrl}/app/submissions/${c.submissionId}${path}`;
  const publicPage = `${c.publicUrl}/quarters/${c.slug}`;
  const by = c.actorName ?? "Someone";
  const q = c.quarter;
  switch (kind) {
    case "quarter-created":
      return {
        subject: `${q}: a new quarter to prepare`,
        what: `${by} created ${q}.`,
        next: "enter the figures and KPI actuals and write the force statement.",
        link: page(),
      };
    case "force-submitted":
      return {
        subject: `${q}: the force part has been submitted`,
        what: `${by} submitted the force part of ${q} to the DCC.`,
        next: "read the force part and draft the PCC statement; you can submit it once the DCC has approved the force part.",
        link: page(),
      };
    case "force-awaits-approval":
      return {
        subject: `${q}: the force part awaits your approval`,
        what: `${by} submitted the force part of ${q} (figures, KPI actuals and force statement) for the DCC's approval.`,
        next: "review the force part, then approve it or return it with a comment.",
        link: page("/review/force"),
      };
    case "force-returned":
      return {
        subject: `${q}: the force part was returned`,
        what: `${by} returned the force part of ${q} with this comment:${quote(c.comment)}`,
        next: "change the force part and submit it again.",
        link: page("/submit/force"),
      };
    case "force-approved":
      return {
        subject: `${q}: the force part is approved`,
        what: `${by} approved the force part of ${q}.`,
        next: "finish the PCC statement and submit it to the PCC.",
        link: page("/submit/pcc"),
      };
    case "force-changed":
      return {
        subject: `${q}: the force part changed after its approval`,
        what: `${by} changed the force part of ${q} after the DCC had approved it, so it goes back to the DCC. The PCC statement was written against the approved text.`,
        next: "check that the PCC statement still fits the changed force part.",
        link: page(),
      };
    case "pcc-approval-voided":
      return {
        subject: `${q}: the PCC's approval is void after a force change`,
        what: `${by} changed the force part of ${q}, which the PCC statement answers, so the PCC's approval of the statement is void. Once the DCC approves the changed force part, the PCC will be asked to confirm the statement again.`,
        next: "check that the PCC statement still fits the changed force part. You need do nothing unless it no longer fits.",
        link: page(),
      };
    case "pcc-awaits-approval":
      return {
        subject: `${q}: the PCC statement awaits your approval`,
        what: `${by} submitted the PCC statement of ${q} for the PCC's approval.`,
        next: "review the PCC statement, then approve it or return it with a comment.",
        link: page("/review/pcc"),
      };
    case "pcc-reconfirm":
      return {
        subject: `${q}: confirm the PCC statement again`,
        what: `The force part of ${q} changed after the PCC statement answered it, and ${by} has now approved the changed force part.`,
        next: "read what changed in the force part, then approve the PCC statement again or return it with a comment.",
        link: page("/review/pcc"),
      };
    case "pcc-returned":
      return {
        subject: `${q}: the PCC statement was returned`,
        what: `${by} returned the PCC statement of ${q} with this comment:${quote(c.comment)}`,
        next: "change the PCC statement and submit it again.",
        link: page("/submit/pcc"),
      };
    case "ready-to-publish":
      return {
        subject: `${q}: ready to publish`,
        what: `Both parts of ${q} are approved: ${by} gave the last approval.`,
        next: "preview the paper and publish it.",
        link: page("/publish"),
      };
    case "published":
      return {
        subject: `${q}: published`,
        what: `${by} published ${q}, which you worked on.`,
        next: "nothing: it is on the public site.",
        link: publicPage,
      };
    case "corrected":
      return {
        subject: `${q}: correction published`,
        what: `${by} published a correction of ${q}, which you worked on.`,
        next: "nothing: the corrected paper is on the public site, with a note of what changed.",
        link: publicPage,
      };
    case "withdrawn":
      return {
        subject: `${q}: withdrawn`,
        what: `${by} withdrew ${q}, which you worked on, from the public site:${quote(c.comment)}`,
        next: "nothing, unless you are asked to correct it: its public page now shows the withdrawal notice.",
        link: publicPage,
      };
    case "deadline": {
      const d = c.deadline;
      return {
        subject: `${q}: publication deadline in ${d ? days(d.workingDaysLeft) : "2 working days"}`,
        what: `${q} must be published by ${d?.date ?? "its deadline"}${d ? `, ${days(d.workingDaysLeft)} from today,` : ""} and it is not ready to publish.${d?.waiting.length ? `\n\nWaiting for:\n${d.waiting.map((w) => `- ${w}`).join("\n")}` : ""}`,
        next: "see what is still to do on the task list, and ask the people it waits for.",
        link: page(),
      };
    }
  }
}

/** The email for one recipient: the quarter and what happened, the next step, and a link straight to the page. Plain text. */
export function composeMail(kind: MailKind, context: MailContext, recipient: MailRecipient): ComposedMail {
  const t = template(kind, context);
  const text = [
    `Hello ${recipient.name},`,
    t.what,
    `Next step: ${t.next}\n${t.link}`,
    `--\nScorecard. You get this email because ${recipient.reason}. To stop these emails, turn them off on Your account: ${context.appUrl}/app/account`,
  ].join("\n\n");
  return { subject: t.subject, text: `${text}\n`, link: t.link };
}
