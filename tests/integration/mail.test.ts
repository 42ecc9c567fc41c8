// Email through a real SMTP server started in this process (tests/fixtures/smtp-server.ts):
// one whole journey through the domain operations, checking who got which message with which
// link; a server that refuses or is down never holds up the workflow, and its messages wait,
// fail visibly, and go once it is back; opt-outs and deactivations; messages queued in the
// change's own transaction.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionActor } from "@/lib/permissions";
import { ForbiddenError } from "@/lib/permissions";
import { quarterLabel } from "@/lib/quarters";
import { readMailConfig } from "@/lib/mail/mail-config";
import { DomainError } from "@/server/errors";
import { deliverOutbox } from "@/server/mail/deliver-outbox";
import { smtpTransport } from "@/server/mail/mail-transport";
import { listOutbox } from "@/server/mail/list-outbox";
import { resendMail } from "@/server/mail/resend-mail";
import { setEmailNotifications } from "@/server/users/set-email-notifications";
import { submitPart } from "@/server/submissions/submit-part";
import { approvePart } from "@/server/submissions/approve-part";
import { returnPart } from "@/server/submissions/return-part";
import { publishSubmission } from "@/server/submissions/publish-submission";
import { startEdition } from "@/server/submissions/start-edition";
import { withdrawSubmission } from "@/server/submissions/withdraw-submission";
import { saveFigures } from "@/server/figures/save-figures";
import { completeFigures, writeSection, type BuiltQuarter } from "@/tests/fixtures/build-quarter";
import { startSmtpServer, type TestSmtpServer } from "@/tests/fixtures/smtp-server";
import { publicationDeadline, toIsoDate } from "@/lib/deadline/working-days";
import { queueDeadlineReminders } from "@/server/mail/queue-deadline-reminders";
import { domainDatabase, expectRefused, type Harness } from "./harness";
import { startThreads } from "./threads";

const APP = "https://scorecard.test";

let h: Harness;
let smtp: TestSmtpServer;
beforeEach(async () => {
  vi.stubEnv("NEXTAUTH_URL", APP);
  vi.stubEnv("PUBLIC_SITE_URL", "https://public.scorecard.test");
  [h, smtp] = await Promise.all([domainDatabase(), startSmtpServer()]);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all([h.dispose(), smtp.close()]);
});

/** Sends what is due through the test's SMTP server, as an app instance's sender does. */
function deliver(retryDelaysMs: number[] = [0, 0]) {
  const transport = smtpTransport({ ...readMailConfig({ NEXTAUTH_URL: APP }), smtpUrl: smtp.url });
  const log = { error: () => undefined, warn: () => undefined };
  return h.run(() => deliverOutbox({ transport, instanceId: "test-sender", retryDelaysMs, log }));
}

let seen = 0;
/** The messages the SMTP server received since the last call, as "to | subject | link path". */
async function newMail() {
  await deliver();
  const fresh = smtp.received.slice(seen);
  seen = smtp.received.length;
  return fresh.map((m) => `${m.to} | ${m.subject} | ${m.link.replace(APP, "")}`).sort();
}

const line = (who: SessionActor, subject: string, link: string) => `${who.email} | ${subject} | ${link}`;

async function writePcc(q: BuiltQuarter, actor: SessionActor) {
  await h.run(() => writeSection(actor, q.sections.pccIntro, ["An introduction."]));
  for (const theme of q.sections.pccThemes) await h.run(() => writeSection(actor, theme, ["A theme."]));
}

async function changeHomicides(q: BuiltQuarter, value: number) {
  const figures = (await h.run(() => completeFigures(q.submissionId, "homicide"))).map((f) => ({ ...f, latestValue: value }));
  await h.run(() => saveFigures({ actor: q.actors.analyst, input: { submissionId: q.submissionId, figures } }));
}

describe("one whole journey through the domain operations", () => {
  it("tells each person what waits for them, with a link straight to the page, and nobody else", async () => {
    seen = 0;
    const actors = await h.quarterActors();
    const { secretariat, analyst, dcc, pccOffice, pcc } = actors;
    const analyst2 = await h.user(["ANALYST"], "Al Second");
    const optedOut = await h.user(["ANALYST"], "Otto Out");
    await h.run(() => setEmailNotifications({ actor: optedOut, on: false }));
    const deactivated = await h.user(["DCC"], "Gone Deputy");
    await h.db.user.update({ where: { id: deactivated.id }, data: { active: false } });
    // An analyst who is also a DCC: told of the force part's return, never asked to approve what they edited.
    const both = await h.user(["ANALYST", "DCC"], "Bo Both");
    const admin = await h.user(["ADMIN"], "Ada Admin");

    const q = await h.quarter("force-written");
    const id = q.submissionId;
    const label = quarterLabel(q.fyStart, q.quarter);
    const page = `/app/submissions/${id}`;
    await h.run(() => writeSection(both, q.sections.measures["drugs"]!, ["Bo wrote this."]));
    const analysts = (subject: string, link: string) => [analyst, analyst2, both].map((a) => line(a, subject, link));
    expect(await newMail()).toEqual(analysts(`${label}: a new quarter to prepare`, page).sort());

    await h.run(() => submitPart({ actor: analyst, submissionId: id, part: "FORCE" }));
    expect(await newMail()).toEqual(
      [
        line(dcc, `${label}: the force part awaits your approval`, `${page}/review/force`),
        line(pccOffice, `${label}: the force part has been submitted`, page),
      ].sort(),
    );

    await h.run(() => returnPart({ actor: dcc, submissionId: id, part: "FORCE", comment: "Check the homicide figure." }));
    expect(await newMail()).toEqual(analysts(`${label}: the force part was returned`, `${page}/submit/force`).sort());
    expect(smtp.received.at(-1)!.text).toContain("with this comment:\n\n> Check the homicide figure.");

    await h.run(() => submitPart({ actor: analyst, submissionId: id, part: "FORCE" }));
    expect(await newMail()).toHaveLength(2);
    await h.run(() => approvePart({ actor: dcc, submissionId: id, part: "FORCE" }));
    expect(await newMail()).toEqual([line(pccOffice, `${label}: the force part is approved`, `${page}/submit/pcc`)]);

    await writePcc(q, pccOffice);
    await h.run(() => submitPart({ actor: pccOffice, submissionId: id, part: "PCC" }));
    expect(await newMail()).toEqual([line(pcc, `${label}: the PCC statement awaits your approval`, `${page}/review/pcc`)]);
    await h.run(() => returnPart({ actor: pcc, submissionId: id, part: "PCC", comment: "Say more about burglary." }));
    expect(await newMail()).toEqual([line(pccOffice, `${label}: the PCC statement was returned`, `${page}/submit/pcc`)]);
    await h.run(() => submitPart({ actor: pccOffice, submissionId: id, part: "PCC" }));
    expect(await newMail()).toEqual([line(pcc, `${label}: the PCC statement awaits your approval`, `${page}/review/pcc`)]);

    for (const s of await h.db.section.findMany({ where: { submissionId: id, kind: { in: ["REPORTING", "RECOMMENDATIONS"] } } }))
      await h.run(() => writeSection(secretariat, s.id, ["The secretariat's text."]));
    await h.run(() => approvePart({ actor: pcc, submissionId: id, part: "PCC" }));
    expect(await newMail()).toEqual([line(secretariat, `${label}: ready to publish`, `${page}/publish`)]);

    // A change to the approved force part voids the PCC's approval: the PCC's office is told;
    // once the DCC approves the change, the PCC confirms the statement again.
    await changeHomicides(q, 123);
    expect(await newMail()).toEqual([line(pccOffice, `${label}: the PCC's approval is void after a force change`, page)]);
    await h.run(() => submitPart({ actor: analyst, submissionId: id, part: "FORCE" }));
    expect(await newMail()).toHaveLength(2);
    await h.run(() => approvePart({ actor: dcc, submissionId: id, part: "FORCE" }));
    expect(await newMail()).toEqual([line(pcc, `${label}: confirm the PCC statement again`, `${page}/review/pcc`)]);
    await h.run(() => approvePart({ actor: pcc, submissionId: id, part: "PCC" }));
    expect(await newMail()).toEqual([line(secretariat, `${label}: ready to publish`, `${page}/publish`)]);

    // Published: everyone who worked on the quarter, linked to its public page; not the publisher.
    const publicPage = `https://public.scorecard.test/quarters/${q.slug}`;
    const workers = [analyst, both, dcc, pccOffice, pcc];
    await h.run(() => publishSubmission({ actor: secretariat, submissionId: id }));
    expect(await newMail()).toEqual(workers.map((w) => line(w, `${label}: published`, publicPage)).sort());

    const correction = await h.run(() => startEdition({ actor: secretariat, quarterId: q.quarterId }));
    await h.run(() => publishSubmission({ actor: secretariat, submissionId: correction.submissionId, minorChange: true }));
    expect(await newMail()).toEqual(workers.map((w) => line(w, `${label}, edition 2: correction published`, publicPage)).sort());

    await h.run(() =>
      withdrawSubmission({
        actor: admin,
        submissionId: correction.submissionId,
        reason: "PUBLISHED_IN_ERROR",
        explanation: "Published in error.",
      }),
    );
    expect(await newMail()).toEqual([...workers, secretariat].map((w) => line(w, `${label}, edition 2: withdrawn`, publicPage)).sort());

    // Nothing for the opted-out analyst or the deactivated DCC; every message went once and is marked sent.
    const all = smtp.received.map((m) => m.to);
    expect(all).not.toContain(optedOut.email);
    expect(all).not.toContain(deactivated.email);
    expect(all).not.toContain(admin.email);
    expect(new Set(smtp.received.map((m) => m.outboxId)).size).toBe(smtp.received.length);
    expect(await h.db.outboxMessage.count({ where: { status: { not: "SENT" } } })).toBe(0);
    // No statement text in any email.
    for (const m of smtp.received) expect(m.text).not.toMatch(new RegExp(`${q.marker}|Bo wrote this|An introduction|A theme\\.`));
    const sample = smtp.received[0]!;
    expect(sample.messageId).toBe(`<${sample.outboxId}@scorecard.test>`);
    expect(sample.headers.get("auto-submitted")).toBe("auto-generated");
  }, 60_000);
});

describe("a mail server that refuses or is down", () => {
  it("leaves the workflow working; the message is retried, marked failed in the outbox, then sent once it is back and an administrator sends it again", async () => {
    const q = await h.quarter("force-written");
    await deliver();
    const before = smtp.received.length;
    smtp.refuse("Mailbox unavailable");
    await h.run(() => submitPart({ actor: q.actors.analyst, submissionId: q.submissionId, part: "FORCE" }));
    expect((await h.db.submission.findUniqueOrThrow({ where: { id: q.submissionId } })).forceStatus).toBe("SUBMITTED");
    const where = { submissionId: q.submissionId, kind: "force-awaits-approval" };

    expect(await deliver()).toMatchObject({ claimed: 2, retrying: 2 });
    expect(await h.db.outboxMessage.findFirstOrThrow({ where })).toMatchObject({ status: "PENDING", attempts: 1 });
    expect((await h.db.outboxMessage.findFirstOrThrow({ where })).lastError).toMatch(/Mailbox unavailable/);
    await deliver();
    expect(await deliver()).toMatchObject({ claimed: 2, failed: 2 });
    expect(await h.db.outboxMessage.findFirstOrThrow({ where })).toMatchObject({ status: "FAILED", attempts: 3 });
    expect(await h.db.auditEvent.count({ where: { action: "mail.failed", submissionId: q.submissionId } })).toBe(2);
    expect(smtp.received.length).toBe(before);

    // Back: failed messages wait for an administrator, and then go once.
    smtp.refuse(null);
    expect(await deliver()).toMatchObject({ claimed: 0 });
    const admin = await h.user(["ADMIN"]);
    const listed = await h.run(() => listOutbox({ actor: admin, status: "FAILED" }));
    expect(listed.counts.FAILED).toBe(2);
    expect(listed.messages.map((m) => m.kind).sort()).toEqual(["force-awaits-approval", "force-submitted"]);
    await h.run(() => resendMail({ actor: admin, messageId: listed.messages[0]!.id }));
    await h.run(() => resendMail({ actor: admin }));
    expect(await deliver()).toMatchObject({ claimed: 2, delivered: 2 });
    expect(
      smtp.received
        .slice(before)
        .map((m) => m.to)
        .sort(),
    ).toEqual([q.actors.dcc.email, q.actors.pccOffice.email].sort());
    expect(await h.db.outboxMessage.findFirstOrThrow({ where })).toMatchObject({ status: "SENT", lastError: null });
    expect(await h.db.auditEvent.count({ where: { action: "mail.resend", actorId: admin.id } })).toBe(2);
    await expectRefused(h, () => resendMail({ actor: admin }), DomainError, "No emails are marked failed.");
  });

  it("down: the message waits for its next try, and goes on it once the server is back", async () => {
    await smtp.stop();
    const q = await h.quarter("created");
    expect(await deliver([300, 300])).toMatchObject({ retrying: 1 });
    const message = await h.db.outboxMessage.findFirstOrThrow({ where: { submissionId: q.submissionId } });
    expect(message).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(message.lastError).toMatch(/ECONNREFUSED/);
    // Not due yet: nothing is tried before the delay.
    expect(await deliver([300, 300])).toMatchObject({ claimed: 0 });
    await smtp.start();
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await deliver([300, 300])).toMatchObject({ claimed: 1, delivered: 1 });
    expect(smtp.received.map((m) => m.to)).toEqual([q.actors.analyst.email]);
    expect(await h.db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "SENT", attempts: 2 });
  });
});

describe("opt-outs and deactivated accounts", () => {
  it("a message queued before its recipient turned emails off, or was deactivated, is not sent", async () => {
    const other = await h.user(["ANALYST"], "Ann Other");
    const q = await h.quarter("created");
    const { analyst } = q.actors;
    expect(await h.db.outboxMessage.count({ where: { submissionId: q.submissionId } })).toBe(2);
    await h.run(() => setEmailNotifications({ actor: analyst, on: false }));
    await h.db.user.update({ where: { id: other.id }, data: { active: false } });
    expect(await deliver()).toMatchObject({ claimed: 2, skipped: 2, delivered: 0 });
    expect(smtp.received).toHaveLength(0);
    const skipped = await h.db.outboxMessage.findMany({ where: { submissionId: q.submissionId }, orderBy: { toEmail: "asc" } });
    expect(skipped.map((m) => [m.toEmail, m.status, m.lastError]).sort()).toEqual(
      [
        [analyst.email, "SKIPPED", "The recipient turned emails off."],
        [other.email, "SKIPPED", "The recipient's account is deactivated."],
      ].sort(),
    );
  });

  it("turning emails off and on is the person's own, audited once per change", async () => {
    const me = await h.user(["PCC"]);
    await h.run(() => setEmailNotifications({ actor: me, on: false }));
    await h.run(() => setEmailNotifications({ actor: me, on: false }));
    await h.run(() => setEmailNotifications({ actor: me, on: true }));
    const audit = await h.db.auditEvent.findMany({
      where: { entityId: me.id, action: "user.email-notifications" },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => `${a.fromStatus}→${a.toStatus}`)).toEqual(["on→off", "off→on"]);
    expect((await h.db.user.findUniqueOrThrow({ where: { id: me.id } })).emailNotifications).toBe(true);
  });
});

describe("queued in the change's own transaction", () => {
  it("a change that is refused or rolled back queues nothing", async () => {
    const q = await h.quarter("ready");
    const before = await h.db.outboxMessage.count();
    // Publishing fails after its transition (the paper moved on since the secretariat opened it): all rolls back.
    await expectRefused(
      h,
      () => publishSubmission({ actor: q.actors.secretariat, submissionId: q.submissionId, expectedHash: "stale" }),
      DomainError,
      /has changed since you opened this page/,
    );
    await expectRefused(h, () => approvePart({ actor: q.actors.analyst, submissionId: q.submissionId, part: "FORCE" }), ForbiddenError);
    expect(await h.db.outboxMessage.count()).toBe(before);
  });
});

describe("the outbox is for administrators", () => {
  it("everyone else is refused, and nothing changes", async () => {
    const q = await h.quarter("created");
    await h.db.outboxMessage.updateMany({ where: { submissionId: q.submissionId }, data: { status: "FAILED" } });
    for (const actor of Object.values(q.actors)) {
      await expectRefused(h, () => resendMail({ actor }), ForbiddenError);
      await expectRefused(h, () => listOutbox({ actor }), ForbiddenError);
    }
  });
});

describe("several instances", () => {
  let threads: Awaited<ReturnType<typeof startThreads>>;
  beforeAll(async () => {
    threads = await startThreads(2);
  });
  afterAll(() => threads?.close());

  it("two senders on their own connections deliver each message exactly once", async () => {
    for (let i = 0; i < 24; i++) await h.user(["ANALYST"], `Analyst ${i}`);
    const q = await h.quarter("created");
    const queued = await h.db.outboxMessage.findMany({ where: { submissionId: q.submissionId }, select: { id: true } });
    expect(queued).toHaveLength(25);
    const outcomes = await threads.race(h.url, [
      { operation: "deliverOutbox", options: { smtpUrl: smtp.url, instanceId: "instance-a" } },
      { operation: "deliverOutbox", options: { smtpUrl: smtp.url, instanceId: "instance-b" } },
    ]);
    expect(outcomes).toEqual([{ ok: true }, { ok: true }]);
    expect(smtp.received.map((m) => m.outboxId).sort()).toEqual(queued.map((m) => m.id).sort());
    expect(await h.db.outboxMessage.count({ where: { submissionId: q.submissionId, status: "SENT", attempts: 1 } })).toBe(25);
  }, 60_000);

  it("the deadline reminder is queued once per edition, however many instances look at once and however often", async () => {
    const q = await h.quarter("force-submitted");
    const ready = await h.quarter("ready");
    const meeting = (await h.db.submission.findUniqueOrThrow({ where: { id: q.submissionId } })).meetingDate!;
    const deadline = publicationDeadline(toIsoDate(meeting));
    const onDeadline = new Date(`${deadline}T09:00:00Z`);
    // A fortnight before: not yet.
    expect(await h.run(() => queueDeadlineReminders({ now: new Date(onDeadline.getTime() - 14 * 86_400_000) }))).toEqual([]);

    const outcomes = await threads.race(h.url, [
      { operation: "queueDeadlineReminders", options: { now: onDeadline } },
      { operation: "queueDeadlineReminders", options: { now: onDeadline } },
    ]);
    expect(outcomes).toEqual([{ ok: true }, { ok: true }]);
    expect(await h.run(() => queueDeadlineReminders({ now: new Date(onDeadline.getTime() + 3_600_000) }))).toEqual([]);
    const reminders = await h.db.outboxMessage.findMany({ where: { kind: "deadline" } });
    expect(reminders.map((m) => [m.submissionId, m.toEmail])).toEqual([[q.submissionId, q.actors.secretariat.email]]);
    expect(reminders[0]!.text).toContain("Waiting for:\n- DCC: approve or return the force part");
    expect(await h.db.outboxMessage.count({ where: { submissionId: ready.submissionId, kind: "deadline" } })).toBe(0);
    expect(await h.db.auditEvent.count({ where: { action: "mail.deadline-reminder" } })).toBe(1);
    await deliver();
    const sent = smtp.received.filter((m) => m.subject.includes("publication deadline"));
    expect(sent.map((m) => [m.to, m.link.replace(/^https?:\/\/[^/]+/, "")])).toEqual([
      [q.actors.secretariat.email, `/app/submissions/${q.submissionId}`],
    ]);
  }, 60_000);
});
