// The workflow's operations against a real database: submitting, approving, returning,
// publishing, withdrawing and the takeAction router, each part moving on its own, with
// separation of duties decided from PartEditor and approvals voided by later edits (the
// PCC's also by a change to the force part it answered). Every transition goes through
// applyTransition, so each test also checks the statuses it wrote and its audit row.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionActor } from "@/lib/permissions";
import { hashCanonical } from "@/lib/workflow/snapshot";
import { DomainError, NotFoundError } from "@/server/errors";
import { submitPart } from "@/server/submissions/submit-part";
import { approvePart } from "@/server/submissions/approve-part";
import { returnPart } from "@/server/submissions/return-part";
import { publishSubmission } from "@/server/submissions/publish-submission";
import { withdrawSubmission } from "@/server/submissions/withdraw-submission";
import { takeAction } from "@/server/submissions/take-action";
import { startEdition } from "@/server/submissions/start-edition";
import { saveFigures } from "@/server/figures/save-figures";
import { saveMeeting } from "@/server/submissions/save-meeting";
import { currentHashes, paperHash } from "@/server/submissions/load-part-content";
import { approvalState, loadChecklist, loadWorkflowFacts } from "@/server/submissions/load-workflow-facts";
import type { ManualAction } from "@/lib/workflow/transitions";
import { buildQuarterAs, completeFigures, writeSection, type BuiltQuarter } from "@/tests/fixtures/build-quarter";
import { domainDatabase, expectRefused, type Harness } from "./harness";

const WAIT_FOR_FORCE =
  "The PCC statement can be submitted once the DCC has approved the force part, so that it always responds to approved text.";
const SOD_FORCE = "You edited the force part of this submission, so someone else must approve it (separation of duties).";

let h: Harness;
beforeEach(async () => {
  h = await domainDatabase();
});
afterEach(() => h.dispose());

async function stateOf(submissionId: string) {
  const s = await h.db.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { stage: true, forceStatus: true, pccStatus: true },
  });
  return { stage: s.stage, FORCE: s.forceStatus, PCC: s.pccStatus };
}

async function audits(submissionId: string, action: string) {
  return h.db.auditEvent.findMany({ where: { submissionId, action }, orderBy: { at: "asc" } });
}

/** Which parts' latest approvals still match the content (the PCC's, also the force part it answered). */
async function approved(submissionId: string) {
  const state = await approvalState(h.db, submissionId);
  return { FORCE: state.forceApproved, PCC: state.pccApproved };
}

/** Changes the first figure of the homicide measure to `value`, as the analyst. */
async function changeHomicides(q: BuiltQuarter, value: number, actor = q.actors.analyst) {
  const figures = (await h.run(() => completeFigures(q.submissionId, "homicide"))).map((f) => ({ ...f, latestValue: value }));
  await h.run(() => saveFigures({ actor, input: { submissionId: q.submissionId, figures } }));
}

/** Writes the whole PCC statement (introduction and every theme) as `actor`. */
async function writePcc(q: BuiltQuarter, actor: SessionActor) {
  await h.run(() => writeSection(actor, q.sections.pccIntro, ["An introduction."]));
  for (const theme of q.sections.pccThemes) await h.run(() => writeSection(actor, theme, [`A theme by ${actor.name}.`]));
}

describe("submitPart", () => {
  it("the analyst submits the complete force part: its status moves on, audited, with the content as submitted kept", async () => {
    const q = await h.quarter("force-written");
    const { analyst } = q.actors;
    await h.run(() => submitPart({ actor: analyst, submissionId: q.submissionId, part: "FORCE" }));
    expect(await stateOf(q.submissionId)).toEqual({ stage: "IN_PROGRESS", FORCE: "SUBMITTED", PCC: "NOT_STARTED" });
    const [audit] = await audits(q.submissionId, "transition.submit_force");
    expect(audit).toMatchObject({
      actorId: analyst.id,
      actorEmail: analyst.email,
      part: "FORCE",
      fromStatus: "IN_PROGRESS",
      toStatus: "SUBMITTED",
    });
    const snapshot = await h.db.partSnapshot.findFirstOrThrow({ where: { submissionId: q.submissionId, part: "FORCE" } });
    expect(snapshot).toMatchObject({ event: "SUBMITTED", auditEventId: audit!.id, forceHash: null });
    expect(hashCanonical(snapshot.content)).toBe((await currentHashes(h.db, q.submissionId)).FORCE);
  });

  it("an incomplete force part is refused, naming what is missing, and nothing changes", async () => {
    const q = await h.quarter("created");
    await h.run(() => writeSection(q.actors.analyst, q.sections.purpose, ["A purpose."]));
    await expectRefused(
      h,
      () => submitPart({ actor: q.actors.analyst, submissionId: q.submissionId, part: "FORCE" }),
      DomainError,
      /^The force part is not complete: .*Reduce murder and other homicide/,
    );
  });

  it("the PCC statement can be drafted at any time, but submitted only against an approved force part", async () => {
    const q = await h.quarter("force-submitted");
    await writePcc(q, q.actors.pccOffice);
    expect(await stateOf(q.submissionId)).toMatchObject({ FORCE: "SUBMITTED", PCC: "IN_PROGRESS" });
    await expectRefused(
      h,
      () => submitPart({ actor: q.actors.pccOffice, submissionId: q.submissionId, part: "PCC" }),
      DomainError,
      WAIT_FOR_FORCE,
    );
    await h.run(() => approvePart({ actor: q.actors.dcc, submissionId: q.submissionId, part: "FORCE" }));
    await h.run(() => submitPart({ actor: q.actors.pccOffice, submissionId: q.submissionId, part: "PCC" }));
    expect(await stateOf(q.submissionId)).toEqual({ stage: "APPROVAL", FORCE: "APPROVED", PCC: "SUBMITTED" });
    // The statement as submitted records the force part it answered.
    const snapshot = await h.db.partSnapshot.findFirstOrThrow({ where: { submissionId: q.submissionId, part: "PCC", event: "SUBMITTED" } });
    expect(snapshot.forceHash).toBe((await currentHashes(h.db, q.submissionId)).FORCE);
  });

  it("resubmitting a returned part resolves its return comments", async () => {
    const q = await h.quarter("force-submitted");
    const { dcc, analyst } = q.actors;
    await h.run(() => returnPart({ actor: dcc, submissionId: q.submissionId, part: "FORCE", comment: "Check the homicide period." }));
    expect(await h.db.returnNote.findMany({ where: { submissionId: q.submissionId, resolvedAt: null } })).toHaveLength(1);
    await h.run(() => submitPart({ actor: analyst, submissionId: q.submissionId, part: "FORCE" }));
    expect((await stateOf(q.submissionId)).FORCE).toBe("SUBMITTED");
    expect(await h.db.returnNote.count({ where: { submissionId: q.submissionId, resolvedAt: null } })).toBe(0);
  });

  it("flagged numbers need the author's tick", async () => {
    const q = await h.quarter("force-written");
    const homicides = await h.db.figure.findFirstOrThrow({ where: { submissionId: q.submissionId, name: "Homicides" } });
    const wrong = Math.round(Math.abs(((homicides.latestValue! - homicides.baselineValue!) / homicides.baselineValue!) * 100)) + 9;
    await h.run(() =>
      writeSection(q.actors.analyst, q.sections.measures["homicide"]!, [
        `Homicides were ${homicides.latestValue} against ${homicides.baselineValue}, a change of ${wrong}%.`,
      ]),
    );
    await expectRefused(
      h,
      () => submitPart({ actor: q.actors.analyst, submissionId: q.submissionId, part: "FORCE" }),
      DomainError,
      /I have checked the flagged numbers/,
    );
    await h.run(() => submitPart({ actor: q.actors.analyst, submissionId: q.submissionId, part: "FORCE", checkedFlags: true }));
    const [audit] = await audits(q.submissionId, "transition.submit_force");
    expect(JSON.parse(audit!.details!)).toMatchObject({ checkedFlags: true });
  });

  it("a submission that does not exist is reported as not found to an allowed caller", async () => {
    const analyst = await h.user(["ANALYST"]);
    await expectRefused(h, () => submitPart({ actor: analyst, submissionId: "missing", part: "FORCE" }), NotFoundError);
  });

  it("a part in the wrong status is refused, saying where it is, and nothing changes", async () => {
    const q = await h.quarter("force-approved");
    await expectRefused(
      h,
      () => submitPart({ actor: q.actors.analyst, submissionId: q.submissionId, part: "FORCE" }),
      DomainError,
      "That cannot be done now: the force part is approved.",
    );
  });
});

describe("approvePart", () => {
  it("binds each approval to the hash of exactly the part approved, the PCC's to the force part too; the second makes the quarter ready", async () => {
    const q = await h.quarter("force-submitted");
    const { dcc, pcc } = q.actors;
    const forceHash = (await currentHashes(h.db, q.submissionId)).FORCE;
    await h.run(() => approvePart({ actor: dcc, submissionId: q.submissionId, part: "FORCE", expectedHash: forceHash }));
    expect(await stateOf(q.submissionId)).toEqual({ stage: "IN_PROGRESS", FORCE: "APPROVED", PCC: "NOT_STARTED" });
    await writePcc(q, q.actors.pccOffice);
    await h.run(() => submitPart({ actor: q.actors.pccOffice, submissionId: q.submissionId, part: "PCC" }));
    const pccHash = (await currentHashes(h.db, q.submissionId)).PCC;
    await h.run(() => approvePart({ actor: pcc, submissionId: q.submissionId, part: "PCC", expectedHash: pccHash }));
    expect(await stateOf(q.submissionId)).toEqual({ stage: "READY", FORCE: "APPROVED", PCC: "APPROVED" });
    const approvals = await h.db.approval.findMany({ where: { submissionId: q.submissionId }, orderBy: { part: "asc" } });
    expect(approvals.map((a) => [a.part, a.approverId, a.approverName, a.contentHash, a.forceHash, a.voidedAt])).toEqual([
      ["FORCE", dcc.id, dcc.name, forceHash, null, null],
      ["PCC", pcc.id, pcc.name, pccHash, forceHash, null],
    ]);
    const rows = [
      ...(await audits(q.submissionId, "transition.approve_force")),
      ...(await audits(q.submissionId, "transition.approve_pcc")),
    ];
    expect(rows.map((r) => [r.actorId, r.part, r.fromStatus, r.toStatus])).toEqual([
      [dcc.id, "FORCE", "SUBMITTED", "APPROVED"],
      [pcc.id, "PCC", "SUBMITTED", "APPROVED"],
    ]);
    const snapshots = await h.db.partSnapshot.findMany({
      where: { submissionId: q.submissionId, event: "APPROVED" },
      orderBy: { part: "asc" },
    });
    expect(snapshots.map((s) => [s.part, s.contentHash, s.auditEventId])).toEqual([
      ["FORCE", forceHash, rows[0]!.id],
      ["PCC", pccHash, rows[1]!.id],
    ]);
  });

  it("refuses a part taken back by a change, content that changed after the page was shown, a second approval and the wrong status", async () => {
    const q = await h.quarter("force-submitted");
    const { dcc, analyst } = q.actors;
    const shown = (await currentHashes(h.db, q.submissionId)).FORCE;
    await changeHomicides(q, 77);
    await expectRefused(
      h,
      () => approvePart({ actor: dcc, submissionId: q.submissionId, part: "FORCE", expectedHash: shown }),
      DomainError,
      "That cannot be done now: the force part is in progress.",
    );
    await h.run(() => submitPart({ actor: analyst, submissionId: q.submissionId, part: "FORCE", checkedFlags: true }));
    await expectRefused(
      h,
      () => approvePart({ actor: dcc, submissionId: q.submissionId, part: "FORCE", expectedHash: shown }),
      DomainError,
      "The force part has changed since you opened this page.",
    );
    await h.run(() => approvePart({ actor: dcc, submissionId: q.submissionId, part: "FORCE" }));
    const other = await h.user(["DCC"]);
    await expectRefused(
      h,
      () => approvePart({ actor: other, submissionId: q.submissionId, part: "FORCE" }),
      DomainError,
      "That cannot be done now: the force part is approved.",
    );
    const early = await h.quarter("created");
    await expectRefused(
      h,
      () => approvePart({ actor: dcc, submissionId: early.submissionId, part: "FORCE" }),
      DomainError,
      "That cannot be done now: the force part is not started.",
    );
  });
});

describe("returnPart", () => {
  it("the DCC returns the force part with a comment, kept as a return note, in the audit row, and with the content as returned", async () => {
    const q = await h.quarter("force-submitted");
    const { dcc } = q.actors;
    await h.run(() => returnPart({ actor: dcc, submissionId: q.submissionId, part: "FORCE", comment: "  Check the period.  " }));
    expect((await stateOf(q.submissionId)).FORCE).toBe("RETURNED");
    expect(await h.db.returnNote.findMany({ where: { submissionId: q.submissionId } })).toMatchObject([
      { part: "FORCE", authorId: dcc.id, authorName: dcc.name, comment: "Check the period.", resolvedAt: null },
    ]);
    const [audit] = await audits(q.submissionId, "transition.return_force");
    expect(audit).toMatchObject({ actorId: dcc.id, comment: "Check the period.", fromStatus: "SUBMITTED", toStatus: "RETURNED" });
    expect(await h.db.partSnapshot.findMany({ where: { submissionId: q.submissionId, event: "RETURNED" } })).toMatchObject([
      { part: "FORCE", auditEventId: audit!.id },
    ]);
  });

  it("a return without a comment is refused beside the comment field", async () => {
    const q = await h.quarter("pcc-submitted");
    const error = await expectRefused(
      h,
      () => returnPart({ actor: q.actors.pcc, submissionId: q.submissionId, part: "PCC", comment: "   " }),
      DomainError,
      "Enter a comment explaining why.",
    );
    expect((error as DomainError).fieldErrors).toEqual({ comment: ["Enter a comment explaining why."] });
  });

  it("the secretariat may return an approved part of a ready quarter: its approval ends, the other part's stays", async () => {
    const q = await h.quarter("ready");
    await h.run(() => returnPart({ actor: q.actors.secretariat, submissionId: q.submissionId, part: "PCC", comment: "Typo in theme 2." }));
    expect(await stateOf(q.submissionId)).toEqual({ stage: "IN_PROGRESS", FORCE: "APPROVED", PCC: "RETURNED" });
    expect(await approved(q.submissionId)).toEqual({ FORCE: true, PCC: false });
    expect((await h.db.approval.findFirstOrThrow({ where: { submissionId: q.submissionId, part: "PCC" } })).voidReason).toBe(
      `Returned by ${q.actors.secretariat.name}`,
    );
  });
});

describe("publishSubmission", () => {
  it("publishes a ready quarter exactly as shown, recording when", async () => {
    const q = await h.quarter("ready");
    const now = new Date("2031-01-10T10:00:00Z");
    const shown = await paperHash(h.db, q.submissionId);
    const result = await h.run(() =>
      publishSubmission({ actor: q.actors.secretariat, submissionId: q.submissionId, now, expectedHash: shown }),
    );
    expect(result).toMatchObject({ from: { stage: "READY" }, to: { stage: "PUBLISHED" }, slug: q.slug, edition: 1 });
    const s = await h.db.submission.findUniqueOrThrow({ where: { id: q.submissionId } });
    expect(s).toMatchObject({ stage: "PUBLISHED", publishedAt: now, changeNote: null, minorChange: false });
    expect(await audits(q.submissionId, "transition.publish")).toMatchObject([
      { actorId: q.actors.secretariat.id, part: null, fromStatus: "READY", toStatus: "PUBLISHED" },
    ]);
  });

  it("refuses a quarter that is not ready, and a paper that changed after it was shown", async () => {
    const q = await h.quarter("ready");
    const { secretariat } = q.actors;
    const shown = await paperHash(h.db, q.submissionId);
    const meeting = await h.db.submission.findUniqueOrThrow({ where: { id: q.submissionId } });
    await h.run(() =>
      saveMeeting({
        actor: secretariat,
        input: {
          submissionId: q.submissionId,
          version: meeting.meetingVersion,
          boardName: meeting.boardName,
          meetingDate: `${q.fyStart + 1}-02-15`,
          agendaItem: "8",
          planPriority: meeting.planPriority,
          title: meeting.title,
          presenters: meeting.presenters,
        },
      }),
    );
    await expectRefused(
      h,
      () => publishSubmission({ actor: secretariat, submissionId: q.submissionId, expectedHash: shown }),
      DomainError,
      "The paper has changed since you opened this page.",
    );
    const early = await h.quarter("pcc-submitted");
    await expectRefused(
      h,
      () => publishSubmission({ actor: secretariat, submissionId: early.submissionId }),
      DomainError,
      "That cannot be done now: the quarter is awaiting approval.",
    );
  });

  it("after the deadline, publishing needs a reason for lateness", async () => {
    const q = await h.quarter("ready");
    const late = new Date(`${q.fyStart + 1}-03-01T12:00:00Z`);
    await expectRefused(
      h,
      () => publishSubmission({ actor: q.actors.secretariat, submissionId: q.submissionId, now: late }),
      DomainError,
      "The publication deadline has passed: give the reason for publishing late.",
    );
    await h.run(() =>
      publishSubmission({ actor: q.actors.secretariat, submissionId: q.submissionId, now: late, lateReason: "Meeting moved." }),
    );
    expect(await h.db.submission.findUniqueOrThrow({ where: { id: q.submissionId } })).toMatchObject({
      stage: "PUBLISHED",
      lateReason: "Meeting moved.",
    });
  });
});

describe("withdrawSubmission", () => {
  it("withdraws a published quarter with its reason and explanation", async () => {
    const q = await h.quarter("published");
    const admin = await h.user(["ADMIN"]);
    const result = await h.run(() =>
      withdrawSubmission({ actor: admin, submissionId: q.submissionId, reason: "PUBLISHED_IN_ERROR", explanation: " Wrong quarter. " }),
    );
    expect(result).toMatchObject({ to: { stage: "WITHDRAWN" }, slug: q.slug });
    const s = await h.db.submission.findUniqueOrThrow({ where: { id: q.submissionId } });
    expect(s).toMatchObject({ stage: "WITHDRAWN", withdrawalReason: "PUBLISHED_IN_ERROR", withdrawalExplanation: "Wrong quarter." });
    expect(s.withdrawnAt).not.toBeNull();
    expect(await audits(q.submissionId, "transition.withdraw")).toMatchObject([
      { actorId: admin.id, comment: "Wrong quarter.", fromStatus: "PUBLISHED", toStatus: "WITHDRAWN" },
    ]);
  });

  it("refuses without a reason or an explanation, and refuses a quarter that is not published with the stage message", async () => {
    const q = await h.quarter("published");
    const { secretariat } = q.actors;
    const noReason = await expectRefused(
      h,
      () => withdrawSubmission({ actor: secretariat, submissionId: q.submissionId, reason: undefined, explanation: "Why." }),
      DomainError,
      "Choose a reason for withdrawing.",
    );
    expect((noReason as DomainError).fieldErrors).toEqual({ withdrawalReason: ["Choose a reason for withdrawing"] });
    await expectRefused(
      h,
      () => withdrawSubmission({ actor: secretariat, submissionId: q.submissionId, reason: "OTHER", explanation: " " }),
      DomainError,
      "Enter a comment explaining why.",
    );
    // An open first edition has no other edition to publish or abandon: the stage is the reason.
    const open = await h.quarter("ready");
    await expectRefused(
      h,
      () => withdrawSubmission({ actor: secretariat, submissionId: open.submissionId, reason: "OTHER", explanation: "Why." }),
      DomainError,
      "That cannot be done now: the quarter is ready to publish.",
    );
    await expectRefused(
      h,
      () => withdrawSubmission({ actor: secretariat, submissionId: "missing", reason: "OTHER", explanation: "Why." }),
      NotFoundError,
    );
  });
});

describe("takeAction", () => {
  const input = (submissionId: string, action: ManualAction, extra: Record<string, unknown> = {}) => ({
    submissionId,
    action,
    comment: "",
    lateReason: "",
    changeNote: "",
    minorChange: false,
    checkedFlags: false,
    contentHash: "",
    withdrawalReason: undefined,
    ...extra,
  });

  it("routes each button to its operation: approve with the hash shown, publish and withdraw returning the slug", async () => {
    const q = await h.quarter("pcc-submitted");
    const { pcc, secretariat } = q.actors;
    const hashes = await currentHashes(h.db, q.submissionId);
    await h.run(() => takeAction({ actor: pcc, input: input(q.submissionId, "approve_pcc", { contentHash: hashes.PCC }) }));
    expect((await stateOf(q.submissionId)).stage).toBe("READY");
    const paper = await paperHash(h.db, q.submissionId);
    expect(
      await h.run(() => takeAction({ actor: secretariat, input: input(q.submissionId, "publish", { contentHash: paper }) })),
    ).toMatchObject({
      slug: q.slug,
    });
    const withdraw = input(q.submissionId, "withdraw", { withdrawalReason: "OTHER", comment: "Replaced by another paper." });
    expect(await h.run(() => takeAction({ actor: secretariat, input: withdraw }))).toMatchObject({ slug: q.slug });
    expect((await stateOf(q.submissionId)).stage).toBe("WITHDRAWN");
  });

  it("routes submit and return, and refuses an approval that does not carry the hash the page showed", async () => {
    const q = await h.quarter("force-written");
    await h.run(() => takeAction({ actor: q.actors.analyst, input: input(q.submissionId, "submit_force") }));
    expect((await stateOf(q.submissionId)).FORCE).toBe("SUBMITTED");
    await expectRefused(
      h,
      () => takeAction({ actor: q.actors.dcc, input: input(q.submissionId, "approve_force") }),
      DomainError,
      /changed since/,
    );
    await h.run(() => takeAction({ actor: q.actors.dcc, input: input(q.submissionId, "return_force", { comment: "Redo." }) }));
    expect((await stateOf(q.submissionId)).FORCE).toBe("RETURNED");
  });
});

describe("separation of duties, from who edited which part of which edition", () => {
  it("a DCC who edited the force part cannot approve it; a DCC who did not, can", async () => {
    const q = await h.quarter("force-submitted");
    const editor = await h.user(["ANALYST", "DCC"], "Ed Itor");
    const other = await h.user(["ANALYST", "DCC"], "Oth Er");
    await h.run(() => writeSection(editor, q.sections.measures["homicide"]!, ["A sentence the editor wrote."]));
    expect(await h.db.partEditor.findMany({ where: { submissionId: q.submissionId, userId: editor.id } })).toMatchObject([
      { part: "FORCE" },
    ]);
    await h.run(() => submitPart({ actor: editor, submissionId: q.submissionId, part: "FORCE" }));
    await expectRefused(h, () => approvePart({ actor: editor, submissionId: q.submissionId, part: "FORCE" }), DomainError, SOD_FORCE);
    await h.run(() => approvePart({ actor: other, submissionId: q.submissionId, part: "FORCE" }));
    expect(await approved(q.submissionId)).toEqual({ FORCE: true, PCC: false });
  });

  it("editing one part does not bar approving the other, and the PCC's office cannot approve what it wrote", async () => {
    const q = await h.quarter("force-submitted");
    const both = await h.user(["PCC_OFFICE", "PCC"]);
    const analystPcc = await h.user(["ANALYST", "PCC"]);
    await h.run(() => writeSection(analystPcc, q.sections.measures["drugs"]!, ["The analyst wrote this."]));
    await h.run(() => submitPart({ actor: analystPcc, submissionId: q.submissionId, part: "FORCE" }));
    await h.run(() => approvePart({ actor: q.actors.dcc, submissionId: q.submissionId, part: "FORCE" }));
    await writePcc(q, both);
    await h.run(() => submitPart({ actor: both, submissionId: q.submissionId, part: "PCC" }));
    await expectRefused(
      h,
      () => approvePart({ actor: both, submissionId: q.submissionId, part: "PCC" }),
      DomainError,
      /separation of duties/,
    );
    await h.run(() => approvePart({ actor: analystPcc, submissionId: q.submissionId, part: "PCC" }));
    expect(await approved(q.submissionId)).toEqual({ FORCE: true, PCC: true });
  });

  it("is decided per edition: editing edition 1 does not bar approving a correction someone else edited", async () => {
    const editor = await h.user(["ANALYST", "DCC"], "Ed Itor");
    const who = { ...(await h.quarterActors()), analyst: editor };
    const q = await h.run(() => buildQuarterAs(who, "published"));
    const { submissionId } = await h.run(() =>
      startEdition({ actor: who.secretariat, quarterId: q.quarterId, returnParts: ["FORCE"], comment: "Correct a sentence." }),
    );
    const plainAnalyst = (await h.quarterActors()).analyst;
    const homicide = await h.db.section.findFirstOrThrow({ where: { submissionId, measureKey: "homicide" } });
    await h.run(() => writeSection(plainAnalyst, homicide.id, ["Corrected by another analyst."]));
    await h.run(() => submitPart({ actor: plainAnalyst, submissionId, part: "FORCE" }));
    await h.run(() => approvePart({ actor: editor, submissionId, part: "FORCE" }));
    // The force part changed, so the PCC confirms the unchanged statement once more.
    expect(await stateOf(submissionId)).toEqual({ stage: "APPROVAL", FORCE: "APPROVED", PCC: "SUBMITTED" });
    await h.run(() => approvePart({ actor: who.pcc, submissionId, part: "PCC" }));
    expect((await stateOf(submissionId)).stage).toBe("READY");
  });
});

describe("a change after submission or approval", () => {
  it("to the force part of a ready quarter: both approvals end, the force part goes back to its authors and the PCC statement to the PCC", async () => {
    const q = await h.quarter("ready");
    await changeHomicides(q, 61);
    const approvals = await h.db.approval.findMany({ where: { submissionId: q.submissionId }, orderBy: { part: "asc" } });
    expect(approvals.map((a) => [a.part, a.voidReason])).toEqual([
      ["FORCE", `Edited by ${q.actors.analyst.name} after approval (figures)`],
      ["PCC", "The force part it responded to changed"],
    ]);
    expect(await approved(q.submissionId)).toEqual({ FORCE: false, PCC: false });
    expect(await stateOf(q.submissionId)).toEqual({ stage: "IN_PROGRESS", FORCE: "IN_PROGRESS", PCC: "SUBMITTED" });
    expect(await audits(q.submissionId, "approval.voided")).toMatchObject([
      { actorId: q.actors.analyst.id, part: "FORCE" },
      { actorId: q.actors.analyst.id, part: "PCC" },
    ]);
    expect(await audits(q.submissionId, "transition.reopen_force")).toMatchObject([{ fromStatus: "APPROVED", toStatus: "IN_PROGRESS" }]);
    expect(await audits(q.submissionId, "transition.reconfirm_pcc")).toMatchObject([{ fromStatus: "APPROVED", toStatus: "SUBMITTED" }]);
    // The analyst resubmits, the DCC approves, and the PCC confirms the unchanged statement.
    await h.run(() => submitPart({ actor: q.actors.analyst, submissionId: q.submissionId, part: "FORCE", checkedFlags: true }));
    await h.run(() => approvePart({ actor: q.actors.dcc, submissionId: q.submissionId, part: "FORCE" }));
    await h.run(() => approvePart({ actor: q.actors.pcc, submissionId: q.submissionId, part: "PCC" }));
    expect((await stateOf(q.submissionId)).stage).toBe("READY");
  });

  it("a PCC edit takes back only the PCC statement; saving identical content changes nothing", async () => {
    const q = await h.quarter("ready");
    const forceText = (await h.db.paragraph.findFirstOrThrow({ where: { sectionId: q.sections.measures["homicide"]! } })).text;
    await h.run(() => writeSection(q.actors.analyst, q.sections.measures["homicide"]!, [forceText]));
    expect(await approved(q.submissionId)).toEqual({ FORCE: true, PCC: true });
    expect((await stateOf(q.submissionId)).stage).toBe("READY");
    await h.run(() => writeSection(q.actors.pccOffice, q.sections.pccThemes[0]!, ["A changed PCC paragraph."]));
    expect(await approved(q.submissionId)).toEqual({ FORCE: true, PCC: false });
    expect(await stateOf(q.submissionId)).toEqual({ stage: "IN_PROGRESS", FORCE: "APPROVED", PCC: "IN_PROGRESS" });
    expect(await audits(q.submissionId, "transition.reopen_pcc")).toHaveLength(1);
  });

  it("a change to a submitted part takes it back to in progress, with no approval to void", async () => {
    const q = await h.quarter("force-submitted");
    await changeHomicides(q, 55);
    expect((await stateOf(q.submissionId)).FORCE).toBe("IN_PROGRESS");
    expect(await audits(q.submissionId, "approval.voided")).toHaveLength(0);
  });
});

describe("loadWorkflowFacts", () => {
  it("loads the submission once and hashes each part exactly as the narrow loads used inside transactions do", async () => {
    for (const step of ["force-written", "pcc-submitted", "published"] as const) {
      const q = await h.quarter(step);
      // Ties in position are broken by id, whichever load reads them (left alone where approvals must hold).
      if (step !== "published")
        await h.db.section.updateMany({ where: { submissionId: q.submissionId, kind: "PCC_THEME" }, data: { position: 0 } });
      const loaded = await h.run(() => loadWorkflowFacts(h.db, q.submissionId, q.actors.analyst.id));
      const narrow = await approvalState(h.db, q.submissionId);
      expect(loaded.approval.hashes).toEqual(await currentHashes(h.db, q.submissionId));
      expect({ FORCE: loaded.approval.forceApproved, PCC: loaded.approval.pccApproved }).toEqual({
        FORCE: narrow.forceApproved,
        PCC: narrow.pccApproved,
      });
      if (step === "published") expect([loaded.approval.forceApproved, loaded.approval.pccApproved]).toEqual([true, true]);
      // The checklist from the one load: complete once published, the PCC statement still to write before that.
      const pccDone = loaded.checklist.filter((i) => i.group === "pcc").every((i) => i.done);
      expect(pccDone).toBe(step !== "force-written");
      if (step === "published") expect(loaded.checklist.every((i) => i.done)).toBe(true);
      expect((await loadChecklist(h.db, q.submissionId)).map((i) => i.done)).toEqual(loaded.checklist.map((i) => i.done));
      expect(loaded.facts.actorEditedForce).toBe(true);
      expect(loaded.facts.actorEditedPcc).toBe(false);
    }
  });
});
