// The workflow's operations against a real database: submitting, approving, returning,
// publishing, withdrawing and the takeAction router, with separation of duties decided from
// PartEditor and approvals voided by later edits. Every transition goes through
// applyTransition, so each test also checks the stage it wrote and its audit row.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
import { approvalState } from "@/server/submissions/load-workflow-facts";
import type { ManualAction } from "@/lib/workflow/transitions";
import { buildQuarterAs, completeFigures, writeSection, type BuiltQuarter } from "@/tests/fixtures/build-quarter";
import { domainDatabase, expectRefused, type Harness } from "./harness";

const WRONG_STAGE = "That cannot be done while the submission is at this stage.";

let h: Harness;
beforeEach(async () => {
  h = await domainDatabase();
});
afterEach(() => h.dispose());

async function stageOf(submissionId: string) {
  return (await h.db.submission.findUniqueOrThrow({ where: { id: submissionId }, select: { stage: true } })).stage;
}

async function audits(submissionId: string, action: string) {
  return h.db.auditEvent.findMany({ where: { submissionId, action } });
}

/** Which parts' latest approvals still match the content. */
async function approved(submissionId: string) {
  const state = await approvalState(h.db, submissionId);
  return { FORCE: state.forceApproved, PCC: state.pccApproved };
}

/** Changes the first figure of the homicide measure to `value`, as the analyst. */
async function changeHomicides(q: BuiltQuarter, value: number, actor = q.actors.analyst) {
  const figures = (await h.run(() => completeFigures(q.submissionId, "homicide"))).map((f) => ({ ...f, latestValue: value }));
  await h.run(() => saveFigures({ actor, input: { submissionId: q.submissionId, figures } }));
}

describe("submitPart", () => {
  it("the analyst submits complete figures: the stage moves on and the transition is audited", async () => {
    const q = await h.quarter("DATA_ENTRY", { draft: true });
    const { analyst } = q.actors;
    await h.run(() => submitPart({ actor: analyst, submissionId: q.submissionId, action: "submit_data" }));
    expect(await stageOf(q.submissionId)).toBe("FORCE_STATEMENT");
    const [audit] = await audits(q.submissionId, "transition.submit_data");
    expect(audit).toMatchObject({ actorId: analyst.id, actorEmail: analyst.email, fromStatus: "DATA_ENTRY", toStatus: "FORCE_STATEMENT" });
  });

  it("incomplete figures are refused, naming what is missing, and nothing changes", async () => {
    const q = await h.quarter("DATA_ENTRY");
    await expectRefused(
      h,
      () => submitPart({ actor: q.actors.analyst, submissionId: q.submissionId, action: "submit_data" }),
      DomainError,
      /^The figures are not complete: .*Reduce murder and other homicide/,
    );
  });

  it("the force statement goes to the PCC's office first, and to approval once the PCC has submitted", async () => {
    const q = await h.quarter("FORCE_STATEMENT", { draft: true });
    await h.run(() => submitPart({ actor: q.actors.analyst, submissionId: q.submissionId, action: "submit_force" }));
    expect(await stageOf(q.submissionId)).toBe("PCC_STATEMENT");
    const later = await h.quarter("APPROVAL");
    expect((await h.db.submission.findUniqueOrThrow({ where: { id: later.submissionId } })).pccSubmitted).toBe(true);
  });

  it("resubmitting a returned part resolves its return comments", async () => {
    const q = await h.quarter("APPROVAL");
    const { dcc, analyst } = q.actors;
    await h.run(() => returnPart({ actor: dcc, submissionId: q.submissionId, part: "FORCE", comment: "Check the homicide period." }));
    expect(await h.db.returnNote.findMany({ where: { submissionId: q.submissionId, resolvedAt: null } })).toHaveLength(1);
    await h.run(() => submitPart({ actor: analyst, submissionId: q.submissionId, action: "submit_force" }));
    // The PCC had already submitted, so the force part goes straight back to approval.
    expect(await stageOf(q.submissionId)).toBe("APPROVAL");
    expect(await h.db.returnNote.count({ where: { submissionId: q.submissionId, resolvedAt: null } })).toBe(0);
  });

  it("a submission that does not exist is reported as not found to an allowed caller", async () => {
    const analyst = await h.user(["ANALYST"]);
    await expectRefused(h, () => submitPart({ actor: analyst, submissionId: "missing", action: "submit_data" }), NotFoundError);
  });

  it("the wrong stage is refused and changes nothing", async () => {
    const q = await h.quarter("DATA_ENTRY", { draft: true });
    await expectRefused(
      h,
      () => submitPart({ actor: q.actors.pccOffice, submissionId: q.submissionId, action: "submit_pcc" }),
      DomainError,
      WRONG_STAGE,
    );
  });
});

describe("approvePart", () => {
  it("binds each approval to the hash of exactly the part approved; the second approval makes the quarter ready", async () => {
    const q = await h.quarter("APPROVAL");
    const { dcc, pcc } = q.actors;
    const hashes = await currentHashes(h.db, q.submissionId);
    await h.run(() => approvePart({ actor: dcc, submissionId: q.submissionId, part: "FORCE", expectedHash: hashes.FORCE }));
    expect(await stageOf(q.submissionId)).toBe("APPROVAL");
    await h.run(() => approvePart({ actor: pcc, submissionId: q.submissionId, part: "PCC", expectedHash: hashes.PCC }));
    expect(await stageOf(q.submissionId)).toBe("READY");
    const approvals = await h.db.approval.findMany({ where: { submissionId: q.submissionId }, orderBy: { part: "asc" } });
    expect(approvals.map((a) => [a.part, a.approverId, a.approverName, a.contentHash, a.voidedAt])).toEqual([
      ["FORCE", dcc.id, dcc.name, hashes.FORCE, null],
      ["PCC", pcc.id, pcc.name, hashes.PCC, null],
    ]);
    const rows = [
      ...(await audits(q.submissionId, "transition.approve_force")),
      ...(await audits(q.submissionId, "transition.approve_pcc")),
    ];
    expect(rows.map((r) => [r.actorId, r.part, r.fromStatus, r.toStatus])).toEqual([
      [dcc.id, "FORCE", "APPROVAL", "APPROVAL"],
      [pcc.id, "PCC", "APPROVAL", "READY"],
    ]);
  });

  it("refuses content that changed after the page was shown, a second approval, and the wrong stage", async () => {
    const q = await h.quarter("APPROVAL");
    const { dcc } = q.actors;
    const shown = (await currentHashes(h.db, q.submissionId)).FORCE;
    await changeHomicides(q, 77);
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
      "The force part is already approved.",
    );
    const early = await h.quarter("DATA_ENTRY");
    await expectRefused(h, () => approvePart({ actor: dcc, submissionId: early.submissionId, part: "FORCE" }), DomainError, WRONG_STAGE);
  });
});

describe("returnPart", () => {
  it("the DCC returns the force part with a comment, kept as a return note and in the audit row", async () => {
    const q = await h.quarter("APPROVAL");
    const { dcc } = q.actors;
    await h.run(() => returnPart({ actor: dcc, submissionId: q.submissionId, part: "FORCE", comment: "  Check the period.  " }));
    expect(await stageOf(q.submissionId)).toBe("FORCE_STATEMENT");
    expect(await h.db.returnNote.findMany({ where: { submissionId: q.submissionId } })).toMatchObject([
      { part: "FORCE", authorId: dcc.id, authorName: dcc.name, comment: "Check the period.", resolvedAt: null },
    ]);
    expect(await audits(q.submissionId, "transition.return_force")).toMatchObject([
      { actorId: dcc.id, comment: "Check the period.", fromStatus: "APPROVAL", toStatus: "FORCE_STATEMENT" },
    ]);
  });

  it("a return without a comment is refused beside the comment field", async () => {
    const q = await h.quarter("APPROVAL");
    const error = await expectRefused(
      h,
      () => returnPart({ actor: q.actors.pcc, submissionId: q.submissionId, part: "PCC", comment: "   " }),
      DomainError,
      "Enter a comment explaining why.",
    );
    expect((error as DomainError).fieldErrors).toEqual({ comment: ["Enter a comment explaining why."] });
  });

  it("the secretariat may return a part of a ready quarter; the PCC statement then needs submitting again", async () => {
    const q = await h.quarter("READY");
    await h.run(() => returnPart({ actor: q.actors.secretariat, submissionId: q.submissionId, part: "PCC", comment: "Typo in theme 2." }));
    const s = await h.db.submission.findUniqueOrThrow({ where: { id: q.submissionId } });
    expect(s).toMatchObject({ stage: "PCC_STATEMENT", pccSubmitted: false });
  });
});

describe("publishSubmission", () => {
  it("publishes a ready quarter exactly as shown, recording when", async () => {
    const q = await h.quarter("READY");
    const now = new Date("2031-01-10T10:00:00Z");
    const shown = await paperHash(h.db, q.submissionId);
    const result = await h.run(() =>
      publishSubmission({ actor: q.actors.secretariat, submissionId: q.submissionId, now, expectedHash: shown }),
    );
    expect(result).toMatchObject({ from: "READY", to: "PUBLISHED", slug: q.slug, edition: 1 });
    const s = await h.db.submission.findUniqueOrThrow({ where: { id: q.submissionId } });
    expect(s).toMatchObject({ stage: "PUBLISHED", publishedAt: now, changeNote: null, minorChange: false });
    expect(await audits(q.submissionId, "transition.publish")).toMatchObject([
      { actorId: q.actors.secretariat.id, fromStatus: "READY", toStatus: "PUBLISHED" },
    ]);
  });

  it("refuses a quarter that is not ready, and a paper that changed after it was shown", async () => {
    const q = await h.quarter("READY");
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
    const early = await h.quarter("APPROVAL");
    await expectRefused(h, () => publishSubmission({ actor: secretariat, submissionId: early.submissionId }), DomainError, WRONG_STAGE);
  });

  it("after the deadline, publishing needs a reason for lateness", async () => {
    const q = await h.quarter("READY");
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
    const q = await h.quarter("PUBLISHED");
    const admin = await h.user(["ADMIN"]);
    const result = await h.run(() =>
      withdrawSubmission({ actor: admin, submissionId: q.submissionId, reason: "PUBLISHED_IN_ERROR", explanation: " Wrong quarter. " }),
    );
    expect(result).toMatchObject({ to: "WITHDRAWN", slug: q.slug });
    const s = await h.db.submission.findUniqueOrThrow({ where: { id: q.submissionId } });
    expect(s).toMatchObject({ stage: "WITHDRAWN", withdrawalReason: "PUBLISHED_IN_ERROR", withdrawalExplanation: "Wrong quarter." });
    expect(s.withdrawnAt).not.toBeNull();
    expect(await audits(q.submissionId, "transition.withdraw")).toMatchObject([
      { actorId: admin.id, comment: "Wrong quarter.", fromStatus: "PUBLISHED", toStatus: "WITHDRAWN" },
    ]);
  });

  it("refuses without a reason or an explanation, and refuses a quarter that is not published with the stage message", async () => {
    const q = await h.quarter("PUBLISHED");
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
    const open = await h.quarter("READY");
    await expectRefused(
      h,
      () => withdrawSubmission({ actor: secretariat, submissionId: open.submissionId, reason: "OTHER", explanation: "Why." }),
      DomainError,
      WRONG_STAGE,
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
    contentHash: "",
    withdrawalReason: undefined,
    ...extra,
  });

  it("routes each button to its operation: approve with the hash shown, publish and withdraw returning the slug", async () => {
    const q = await h.quarter("APPROVAL");
    const { dcc, pcc, secretariat } = q.actors;
    const hashes = await currentHashes(h.db, q.submissionId);
    await h.run(() => takeAction({ actor: dcc, input: input(q.submissionId, "approve_force", { contentHash: hashes.FORCE }) }));
    await h.run(() => takeAction({ actor: pcc, input: input(q.submissionId, "approve_pcc", { contentHash: hashes.PCC }) }));
    expect(await stageOf(q.submissionId)).toBe("READY");
    const paper = await paperHash(h.db, q.submissionId);
    expect(
      await h.run(() => takeAction({ actor: secretariat, input: input(q.submissionId, "publish", { contentHash: paper }) })),
    ).toMatchObject({
      slug: q.slug,
    });
    const withdraw = input(q.submissionId, "withdraw", { withdrawalReason: "OTHER", comment: "Replaced by another paper." });
    expect(await h.run(() => takeAction({ actor: secretariat, input: withdraw }))).toMatchObject({ slug: q.slug });
    expect(await stageOf(q.submissionId)).toBe("WITHDRAWN");
  });

  it("routes submit and return, and refuses an approval that does not carry the hash the page showed", async () => {
    const q = await h.quarter("PCC_STATEMENT", { draft: true });
    await h.run(() => takeAction({ actor: q.actors.pccOffice, input: input(q.submissionId, "submit_pcc") }));
    expect(await stageOf(q.submissionId)).toBe("APPROVAL");
    await expectRefused(
      h,
      () => takeAction({ actor: q.actors.dcc, input: input(q.submissionId, "approve_force") }),
      DomainError,
      /changed since/,
    );
    await h.run(() => takeAction({ actor: q.actors.dcc, input: input(q.submissionId, "return_force", { comment: "Redo." }) }));
    expect(await stageOf(q.submissionId)).toBe("FORCE_STATEMENT");
  });
});

describe("separation of duties, from who edited which part of which edition", () => {
  it("a DCC who edited the force part cannot approve it; a DCC who did not, can", async () => {
    const q = await h.quarter("APPROVAL");
    const editor = await h.user(["ANALYST", "DCC"], "Ed Itor");
    const other = await h.user(["ANALYST", "DCC"], "Oth Er");
    await h.run(() => writeSection(editor, q.sections.measures["homicide"]!, ["A sentence the editor wrote."]));
    expect(await h.db.partEditor.findMany({ where: { submissionId: q.submissionId, userId: editor.id } })).toMatchObject([
      { part: "FORCE" },
    ]);
    await expectRefused(
      h,
      () => approvePart({ actor: editor, submissionId: q.submissionId, part: "FORCE" }),
      DomainError,
      "You edited the force part of this submission, so someone else must approve it (separation of duties).",
    );
    await h.run(() => approvePart({ actor: other, submissionId: q.submissionId, part: "FORCE" }));
    expect(await approved(q.submissionId)).toEqual({ FORCE: true, PCC: false });
  });

  it("editing one part does not bar approving the other, and the PCC's office cannot approve what it wrote", async () => {
    const q = await h.quarter("APPROVAL");
    const both = await h.user(["PCC_OFFICE", "PCC"]);
    const analystPcc = await h.user(["ANALYST", "PCC"]);
    await h.run(() => writeSection(both, q.sections.pccThemes[1]!, ["The PCC's office wrote this."]));
    await h.run(() => writeSection(analystPcc, q.sections.measures["drugs"]!, ["The analyst wrote this."]));
    await expectRefused(
      h,
      () => approvePart({ actor: both, submissionId: q.submissionId, part: "PCC" }),
      DomainError,
      /separation of duties/,
    );
    await h.run(() => approvePart({ actor: analystPcc, submissionId: q.submissionId, part: "PCC" }));
    expect(await approved(q.submissionId)).toEqual({ FORCE: false, PCC: true });
  });

  it("is decided per edition: editing edition 1 does not bar approving a correction someone else edited", async () => {
    const editor = await h.user(["ANALYST", "DCC"], "Ed Itor");
    const who = { ...(await h.quarterActors()), analyst: editor };
    const q = await h.run(() => buildQuarterAs(who, "PUBLISHED"));
    const { submissionId } = await h.run(() => startEdition({ actor: who.secretariat, quarterId: q.quarterId }));
    const plainAnalyst = (await h.quarterActors()).analyst;
    const homicide = await h.db.section.findFirstOrThrow({ where: { submissionId, measureKey: "homicide" } });
    await h.run(() => writeSection(plainAnalyst, homicide.id, ["Corrected by another analyst."]));
    for (const action of ["submit_data", "submit_force"] as const)
      await h.run(() => submitPart({ actor: plainAnalyst, submissionId, action }));
    await h.run(() => submitPart({ actor: who.pccOffice, submissionId, action: "submit_pcc" }));
    expect(await stageOf(submissionId)).toBe("APPROVAL");
    await h.run(() => approvePart({ actor: editor, submissionId, part: "FORCE" }));
    expect(await stageOf(submissionId)).toBe("READY");
  });
});

describe("an edit after approval", () => {
  it("voids the approval it no longer matches, and takes a ready quarter back to approval", async () => {
    const q = await h.quarter("READY");
    await changeHomicides(q, 61);
    const force = await h.db.approval.findFirstOrThrow({ where: { submissionId: q.submissionId, part: "FORCE" } });
    expect(force.voidedAt).not.toBeNull();
    expect(force.voidReason).toBe(`Edited by ${q.actors.analyst.name} after approval (figures)`);
    expect(await approved(q.submissionId)).toEqual({ FORCE: false, PCC: true });
    expect(await stageOf(q.submissionId)).toBe("APPROVAL");
    expect(await audits(q.submissionId, "approval.voided")).toMatchObject([{ actorId: q.actors.analyst.id, part: "FORCE" }]);
    expect(await audits(q.submissionId, "transition.reopen_force")).toMatchObject([{ fromStatus: "READY", toStatus: "APPROVAL" }]);
    // Only the voided part needs approving again.
    await h.run(() => approvePart({ actor: q.actors.dcc, submissionId: q.submissionId, part: "FORCE" }));
    expect(await stageOf(q.submissionId)).toBe("READY");
  });

  it("a PCC edit voids only the PCC's approval; saving identical content voids nothing", async () => {
    const q = await h.quarter("READY");
    const forceText = (await h.db.paragraph.findFirstOrThrow({ where: { sectionId: q.sections.measures["homicide"]! } })).text;
    await h.run(() => writeSection(q.actors.analyst, q.sections.measures["homicide"]!, [forceText]));
    expect(await approved(q.submissionId)).toEqual({ FORCE: true, PCC: true });
    expect(await stageOf(q.submissionId)).toBe("READY");
    await h.run(() => writeSection(q.actors.pccOffice, q.sections.pccThemes[0]!, ["A changed PCC paragraph."]));
    expect(await approved(q.submissionId)).toEqual({ FORCE: true, PCC: false });
    expect(await stageOf(q.submissionId)).toBe("APPROVAL");
    expect(await audits(q.submissionId, "transition.reopen_pcc")).toHaveLength(1);
  });

  it("at approval, an edit voids the approval but the stage stays", async () => {
    const q = await h.quarter("APPROVAL");
    await h.run(() => approvePart({ actor: q.actors.dcc, submissionId: q.submissionId, part: "FORCE" }));
    await changeHomicides(q, 55);
    expect(await approved(q.submissionId)).toEqual({ FORCE: false, PCC: false });
    expect(await stageOf(q.submissionId)).toBe("APPROVAL");
  });
});
