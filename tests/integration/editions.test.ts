// Quarters and their editions: creating a quarter (carried forward from the last published
// one), starting a correction (every part keeping its approval, only the parts named sent
// back), publishing it (superseding the edition it replaces),
// abandoning it (leaving the published edition untouched), and the withdraw rule that points
// at the abandon action.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DomainError, NotFoundError } from "@/server/errors";
import { createQuarter } from "@/server/submissions/create-quarter";
import { startEdition } from "@/server/submissions/start-edition";
import { abandonEdition } from "@/server/submissions/abandon-edition";
import { publishSubmission } from "@/server/submissions/publish-submission";
import { submitPart } from "@/server/submissions/submit-part";
import { approvePart } from "@/server/submissions/approve-part";
import { withdrawSubmission } from "@/server/submissions/withdraw-submission";
import { approvalState } from "@/server/submissions/load-workflow-facts";
import { writeSection, type BuiltQuarter } from "@/tests/fixtures/build-quarter";
import { databaseSnapshot, domainDatabase, expectRefused, type Harness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = await domainDatabase();
});
afterEach(() => h.dispose());

const meeting = {
  boardName: "Strategic Policing and Crime Board",
  meetingDate: "2022-05-10",
  agendaItem: "6",
  planPriority: "Regular Item",
  title: "National Policing Priorities",
  presenters: "Deputy Chief Constable",
};

/** Everything stored for one submission (its rows in every table that hangs off it). */
async function editionRows(submissionId: string) {
  return h.db.submission.findUniqueOrThrow({
    where: { id: submissionId },
    include: {
      figures: { orderBy: { position: "asc" } },
      kpiResults: { orderBy: { position: "asc" } },
      sections: { orderBy: { position: "asc" }, include: { paragraphs: { orderBy: { position: "asc" } }, covers: true } },
      approvals: { orderBy: { part: "asc" } },
      notApplicable: true,
      returnNotes: true,
      editors: true,
    },
  });
}

async function correction(q: BuiltQuarter, returnParts: ("FORCE" | "PCC")[] = []) {
  const comment = returnParts.length ? "Correct the figures." : "";
  return (await h.run(() => startEdition({ actor: q.actors.secretariat, quarterId: q.quarterId, returnParts, comment }))).submissionId;
}

async function statuses(submissionId: string) {
  const s = await h.db.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { stage: true, forceStatus: true, pccStatus: true },
  });
  return { stage: s.stage, FORCE: s.forceStatus, PCC: s.pccStatus };
}

/** Takes an open correction to ready: each part not with its approver is submitted, then whatever needs approving is approved. */
async function correctionToReady(q: BuiltQuarter, submissionId: string) {
  const { analyst, pccOffice, dcc, pcc } = q.actors;
  const waiting = (s: string) => s === "IN_PROGRESS" || s === "RETURNED";
  if (waiting((await statuses(submissionId)).FORCE)) await h.run(() => submitPart({ actor: analyst, submissionId, part: "FORCE" }));
  if ((await statuses(submissionId)).FORCE === "SUBMITTED") await h.run(() => approvePart({ actor: dcc, submissionId, part: "FORCE" }));
  if (waiting((await statuses(submissionId)).PCC)) await h.run(() => submitPart({ actor: pccOffice, submissionId, part: "PCC" }));
  if ((await statuses(submissionId)).PCC === "SUBMITTED") await h.run(() => approvePart({ actor: pcc, submissionId, part: "PCC" }));
  expect((await statuses(submissionId)).stage).toBe("READY");
}

describe("createQuarter", () => {
  it("creates the quarter's first edition in progress, both parts not started, filled from the framework, and audits it", async () => {
    const secretariat = await h.user(["SECRETARIAT"]);
    const { submissionId, slug } = await h.run(() =>
      createQuarter({ actor: secretariat, input: { fyStart: 2022, quarter: "1", ...meeting } }),
    );
    expect(slug).toBe("2022-23-q1");
    const s = await editionRows(submissionId);
    expect(s).toMatchObject({
      edition: 1,
      stage: "IN_PROGRESS",
      forceStatus: "NOT_STARTED",
      pccStatus: "NOT_STARTED",
      title: meeting.title,
      meetingDate: new Date("2022-05-10T00:00:00Z"),
    });
    expect(s.figures).toHaveLength(await h.db.indicator.count({ where: { active: true } }));
    expect(s.sections.filter((x) => x.kind === "MEASURE").map((x) => x.measureKey)).toEqual(
      (await h.db.measure.findMany({ orderBy: { position: "asc" } })).map((m) => m.key),
    );
    expect(await h.db.auditEvent.findMany({ where: { action: "quarter.create" } })).toMatchObject([
      { actorId: secretariat.id, entityId: submissionId, submissionId, toStatus: "IN_PROGRESS" },
    ]);
  });

  it("refuses a quarter that already exists, beside the quarter field, creating nothing", async () => {
    const q = await h.quarter("created");
    const error = await expectRefused(
      h,
      () =>
        createQuarter({
          actor: q.actors.secretariat,
          input: { fyStart: q.fyStart, quarter: String(q.quarter) as "1", ...meeting },
        }),
      DomainError,
      "That quarter already exists.",
    );
    expect((error as DomainError).fieldErrors?.quarter?.[0]).toMatch(/already exists$/);
  });

  it("starts from the last published quarter: its text marked as carried over, its periods a quarter on, never a draft", async () => {
    const published = await h.quarter("published");
    const text = async (sectionId: string) =>
      (await h.db.paragraph.findMany({ where: { sectionId }, orderBy: { position: "asc" } })).map((p) => p.text);
    const purpose = await text(published.sections.purpose);
    const homicide = await text(published.sections.measures["homicide"]!);
    await h.quarter("force-written");
    const { submissionId } = await h.run(() =>
      createQuarter({ actor: published.actors.secretariat, input: { fyStart: 2091, quarter: "1", ...meeting } }),
    );
    const next = await editionRows(submissionId);
    const paragraphs = (kind: string, key?: string) =>
      next.sections.find((s) => s.kind === kind && (!key || s.measureKey === key))!.paragraphs;
    expect(paragraphs("PURPOSE").map((p) => [p.text, p.carriedOver])).toEqual(purpose.map((t) => [t, true]));
    expect(paragraphs("MEASURE", "homicide").map((p) => p.text)).toEqual(homicide);
    expect(next.sections.flatMap((s) => s.paragraphs).every((p) => p.carriedOver)).toBe(true);
    const last = await h.db.figure.findFirstOrThrow({ where: { submissionId: published.submissionId, name: "Homicides" } });
    expect(next.figures.find((f) => f.name === "Homicides")).toMatchObject({
      latestValue: null,
      previousValue: last.latestValue,
      periodStart: new Date("2030-04-01T00:00:00Z"),
      periodEnd: new Date("2031-03-01T00:00:00Z"),
    });
  });
});

describe("startEdition", () => {
  it("copies the published edition, ready, both parts approved, carrying both approvals, which stay valid", async () => {
    const q = await h.quarter("published");
    const submissionId = await correction(q);
    const [copy, source] = await Promise.all([editionRows(submissionId), editionRows(q.submissionId)]);
    expect(copy).toMatchObject({
      edition: 2,
      stage: "READY",
      forceStatus: "APPROVED",
      pccStatus: "APPROVED",
      quarterId: q.quarterId,
      title: source.title,
    });
    const text = (s: typeof copy) =>
      s.sections.map((x) => [x.kind, x.heading, x.paragraphs.map((p) => p.text), x.covers.map((c) => c.measureKey)]);
    expect(text(copy)).toEqual(text(source));
    expect(copy.figures.map((f) => [f.indicatorId, f.latestValue, f.noLocalData])).toEqual(
      source.figures.map((f) => [f.indicatorId, f.latestValue, f.noLocalData]),
    );
    expect(copy.approvals.map((a) => [a.part, a.approverId, a.contentHash, a.forceHash, a.carriedFrom])).toEqual(
      source.approvals.map((a) => [a.part, a.approverId, a.contentHash, a.forceHash, 1]),
    );
    const state = await approvalState(h.db, submissionId);
    expect([state.forceApproved, state.pccApproved]).toEqual([true, true]);
    expect(await h.db.auditEvent.findMany({ where: { action: "edition.start" } })).toMatchObject([
      { actorId: q.actors.secretariat.id, submissionId, details: JSON.stringify({ edition: 2, copiedFrom: 1, returned: [] }) },
    ]);
    // The content as approved is kept, so "what changed since the approval" works in the new edition.
    expect((await h.db.partSnapshot.findMany({ where: { submissionId, event: "APPROVED" } })).map((x) => x.part).sort()).toEqual([
      "FORCE",
      "PCC",
    ]);
    // The published edition stays published until the correction replaces it.
    expect((await editionRows(q.submissionId)).stage).toBe("PUBLISHED");
  });

  it("sends only the parts named back to their authors, with the comment; the others keep their approval", async () => {
    const q = await h.quarter("published");
    const submissionId = await correction(q, ["FORCE"]);
    expect(await statuses(submissionId)).toEqual({ stage: "IN_PROGRESS", FORCE: "RETURNED", PCC: "APPROVED" });
    const rows = await editionRows(submissionId);
    expect(rows.returnNotes).toMatchObject([{ part: "FORCE", comment: "Correct the figures.", authorId: q.actors.secretariat.id }]);
    expect(await approvalState(h.db, submissionId)).toMatchObject({ forceApproved: false, pccApproved: true });
    await expectRefused(
      h,
      () => startEdition({ actor: q.actors.secretariat, quarterId: q.quarterId, returnParts: ["PCC"] }),
      DomainError,
      "Say what needs correcting, for the people who will correct it.",
    );
  });

  it("a changed part needs approving again; the unchanged one keeps its carried approval through to publication", async () => {
    const q = await h.quarter("published");
    const submissionId = await correction(q);
    const theme = await h.db.section.findFirstOrThrow({ where: { submissionId, kind: "PCC_THEME" }, orderBy: { position: "asc" } });
    await h.run(() => writeSection(q.actors.pccOffice, theme.id, ["A corrected PCC paragraph."]));
    const state = await approvalState(h.db, submissionId);
    expect([state.forceApproved, state.pccApproved]).toEqual([true, false]);
    await correctionToReady(q, submissionId);
    const approvals = (await editionRows(submissionId)).approvals.filter((a) => !a.voidedAt);
    expect(approvals.map((a) => [a.part, a.carriedFrom])).toEqual([
      ["FORCE", 1],
      ["PCC", null],
    ]);
  });

  it("refuses while an edition is open, for a quarter never published, and for a quarter that does not exist", async () => {
    const q = await h.quarter("published");
    await correction(q);
    const { secretariat } = q.actors;
    await expectRefused(
      h,
      () => startEdition({ actor: secretariat, quarterId: q.quarterId }),
      DomainError,
      "An edition of this quarter is already open. Only one edition at a time may be open.",
    );
    const draft = await h.quarter("ready");
    await expectRefused(h, () => startEdition({ actor: secretariat, quarterId: draft.quarterId }), DomainError, /already open/);
    await expectRefused(
      h,
      () => startEdition({ actor: secretariat, quarterId: "missing" }),
      NotFoundError,
      "That quarter could not be found.",
    );
  });
});

describe("publishing a correction", () => {
  it("supersedes the edition it replaces, in the same transaction, and needs a change note", async () => {
    const q = await h.quarter("published");
    const submissionId = await correction(q, ["FORCE"]);
    await expectRefused(
      h,
      () => writeSection(q.actors.analyst, q.sections.measures["homicide"]!, ["Edition 1 is closed."]),
      DomainError,
      "This edition is closed to edits. To correct a published quarter, start a new edition.",
    );
    const homicide = await h.db.section.findFirstOrThrow({ where: { submissionId, measureKey: "homicide" } });
    await h.run(() => writeSection(q.actors.analyst, homicide.id, ["Homicides: corrected figure."]));
    await correctionToReady(q, submissionId);
    await expectRefused(
      h,
      () => publishSubmission({ actor: q.actors.secretariat, submissionId }),
      DomainError,
      "Describe what changed in this edition, or mark it as a minor change.",
    );
    const result = await h.run(() => publishSubmission({ actor: q.actors.secretariat, submissionId, changeNote: "Corrected homicides." }));
    expect(result).toMatchObject({ to: { stage: "PUBLISHED" }, edition: 2, slug: q.slug });
    expect((await editionRows(submissionId)).changeNote).toBe("Corrected homicides.");
    expect((await editionRows(q.submissionId)).stage).toBe("SUPERSEDED");
    expect(await h.db.auditEvent.findMany({ where: { action: "transition.supersede" } })).toMatchObject([
      { submissionId: q.submissionId, fromStatus: "PUBLISHED", toStatus: "SUPERSEDED" },
    ]);
  });
});

describe("abandonEdition", () => {
  it("deletes an open correction and everything in it; the published edition is untouched and a new correction can start", async () => {
    const q = await h.quarter("published");
    const submissionId = await correction(q);
    const theme = await h.db.section.findFirstOrThrow({ where: { submissionId, kind: "PCC_THEME" } });
    await h.run(() => writeSection(q.actors.pccOffice, theme.id, ["Draft correction that will be abandoned."]));
    const published = await editionRows(q.submissionId);
    const result = await h.run(() => abandonEdition({ actor: q.actors.secretariat, submissionId }));
    expect(result).toEqual({ quarterId: q.quarterId, edition: 2 });
    expect(await h.db.submission.findUnique({ where: { id: submissionId } })).toBeNull();
    for (const table of [
      "figure",
      "kpiResult",
      "section",
      "approval",
      "partEditor",
      "returnNote",
      "pccNotApplicable",
      "partSnapshot",
    ] as const) {
      const delegate = h.db[table] as unknown as { count(args: object): Promise<number> };
      expect(await delegate.count({ where: { submissionId } }), table).toBe(0);
    }
    expect(await h.db.paragraph.count({ where: { text: "Draft correction that will be abandoned." } })).toBe(0);
    expect(await editionRows(q.submissionId)).toEqual(published);
    expect(await h.db.auditEvent.findMany({ where: { action: "edition.abandon" } })).toMatchObject([
      { actorId: q.actors.secretariat.id, entityType: "Quarter", entityId: q.quarterId, fromStatus: "IN_PROGRESS" },
    ]);
    const again = await correction(q);
    expect((await editionRows(again)).edition).toBe(2);
  });

  it("refuses a first edition, a published correction and a submission that does not exist, changing nothing", async () => {
    const q = await h.quarter("published");
    const { secretariat } = q.actors;
    await expectRefused(
      h,
      () => abandonEdition({ actor: secretariat, submissionId: q.submissionId }),
      DomainError,
      "Only a correction (an edition after the first) can be abandoned.",
    );
    const open = await h.quarter("pcc-submitted");
    await expectRefused(h, () => abandonEdition({ actor: secretariat, submissionId: open.submissionId }), DomainError, /Only a correction/);
    const submissionId = await correction(q);
    await correctionToReady(q, submissionId);
    await h.run(() => publishSubmission({ actor: secretariat, submissionId, minorChange: true }));
    await expectRefused(
      h,
      () => abandonEdition({ actor: secretariat, submissionId }),
      DomainError,
      "This edition has been published and can no longer be abandoned.",
    );
    await expectRefused(h, () => abandonEdition({ actor: secretariat, submissionId: "missing" }), NotFoundError);
  });
});

describe("withdrawing while a correction is open", () => {
  it("is refused with a message naming the abandon action; once abandoned, the quarter can be withdrawn", async () => {
    const q = await h.quarter("published");
    const { secretariat } = q.actors;
    const submissionId = await correction(q);
    const withdraw = () => withdrawSubmission({ actor: secretariat, submissionId: q.submissionId, reason: "OTHER", explanation: "Why." });
    const before = await databaseSnapshot(h.db);
    await expectRefused(
      h,
      withdraw,
      DomainError,
      "A new edition of this quarter is open. Publish or abandon it (on its submission page) before withdrawing the quarter.",
    );
    expect(await databaseSnapshot(h.db)).toEqual(before);
    await h.run(() => abandonEdition({ actor: secretariat, submissionId }));
    await h.run(withdraw);
    expect((await editionRows(q.submissionId)).stage).toBe("WITHDRAWN");
  });
});
