// Quarters and their editions: creating a quarter, starting a correction (carrying the
// approvals of unchanged parts), publishing it (superseding the edition it replaces),
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

async function correction(q: BuiltQuarter) {
  return (await h.run(() => startEdition({ actor: q.actors.secretariat, quarterId: q.quarterId }))).submissionId;
}

/** Walks an open correction to ready: submit each part and approve whatever needs approving. */
async function correctionToReady(q: BuiltQuarter, submissionId: string) {
  const { analyst, pccOffice, dcc, pcc } = q.actors;
  await h.run(async () => {
    await submitPart({ actor: analyst, submissionId, action: "submit_data" });
    await submitPart({ actor: analyst, submissionId, action: "submit_force" });
    await submitPart({ actor: pccOffice, submissionId, action: "submit_pcc" });
  });
  const state = await approvalState(h.db, submissionId);
  if (!state.forceApproved) await h.run(() => approvePart({ actor: dcc, submissionId, part: "FORCE" }));
  if (!state.pccApproved) await h.run(() => approvePart({ actor: pcc, submissionId, part: "PCC" }));
}

describe("createQuarter", () => {
  it("creates the quarter's first edition at data entry, filled from the framework, and audits it", async () => {
    const secretariat = await h.user(["SECRETARIAT"]);
    const { submissionId, slug } = await h.run(() =>
      createQuarter({ actor: secretariat, input: { fyStart: 2022, quarter: "1", ...meeting } }),
    );
    expect(slug).toBe("2022-23-q1");
    const s = await editionRows(submissionId);
    expect(s).toMatchObject({ edition: 1, stage: "DATA_ENTRY", title: meeting.title, meetingDate: new Date("2022-05-10T00:00:00Z") });
    expect(s.figures).toHaveLength(await h.db.indicator.count({ where: { active: true } }));
    expect(s.sections.filter((x) => x.kind === "MEASURE").map((x) => x.measureKey)).toEqual(
      (await h.db.measure.findMany({ orderBy: { position: "asc" } })).map((m) => m.key),
    );
    expect(await h.db.auditEvent.findMany({ where: { action: "quarter.create" } })).toMatchObject([
      { actorId: secretariat.id, entityId: submissionId, submissionId, toStatus: "DATA_ENTRY" },
    ]);
  });

  it("refuses a quarter that already exists, beside the quarter field, creating nothing", async () => {
    const q = await h.quarter("DATA_ENTRY");
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

  it("carries the purpose, reporting and recommendations over from the last published quarter, never a draft", async () => {
    const published = await h.quarter("PUBLISHED");
    const purpose = (await h.db.paragraph.findFirstOrThrow({ where: { sectionId: published.sections.purpose } })).text;
    await h.quarter("FORCE_STATEMENT", { draft: true });
    const { submissionId } = await h.run(() =>
      createQuarter({ actor: published.actors.secretariat, input: { fyStart: 2091, quarter: "1", ...meeting } }),
    );
    const next = await editionRows(submissionId);
    expect(next.sections.find((s) => s.kind === "PURPOSE")!.paragraphs.map((p) => p.text)).toEqual([purpose]);
    expect(next.sections.find((s) => s.kind === "MEASURE")!.paragraphs).toEqual([]);
  });
});

describe("startEdition", () => {
  it("copies the published edition at data entry and carries both approvals, which stay valid", async () => {
    const q = await h.quarter("PUBLISHED");
    const submissionId = await correction(q);
    const [copy, source] = await Promise.all([editionRows(submissionId), editionRows(q.submissionId)]);
    expect(copy).toMatchObject({ edition: 2, stage: "DATA_ENTRY", quarterId: q.quarterId, title: source.title });
    const text = (s: typeof copy) =>
      s.sections.map((x) => [x.kind, x.heading, x.paragraphs.map((p) => p.text), x.covers.map((c) => c.measureKey)]);
    expect(text(copy)).toEqual(text(source));
    expect(copy.figures.map((f) => [f.indicatorId, f.latestValue, f.noLocalData])).toEqual(
      source.figures.map((f) => [f.indicatorId, f.latestValue, f.noLocalData]),
    );
    expect(copy.approvals.map((a) => [a.part, a.approverId, a.contentHash, a.carriedFrom])).toEqual(
      source.approvals.map((a) => [a.part, a.approverId, a.contentHash, 1]),
    );
    const state = await approvalState(h.db, submissionId);
    expect([state.forceApproved, state.pccApproved]).toEqual([true, true]);
    expect(await h.db.auditEvent.findMany({ where: { action: "edition.start" } })).toMatchObject([
      { actorId: q.actors.secretariat.id, submissionId, details: JSON.stringify({ edition: 2, copiedFrom: 1 }) },
    ]);
    // The published edition stays published until the correction replaces it.
    expect((await editionRows(q.submissionId)).stage).toBe("PUBLISHED");
  });

  it("a changed part needs approving again; the unchanged one keeps its carried approval through to publication", async () => {
    const q = await h.quarter("PUBLISHED");
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
    const q = await h.quarter("PUBLISHED");
    await correction(q);
    const { secretariat } = q.actors;
    await expectRefused(
      h,
      () => startEdition({ actor: secretariat, quarterId: q.quarterId }),
      DomainError,
      "An edition of this quarter is already open. Only one edition at a time may be open.",
    );
    const draft = await h.quarter("READY");
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
    const q = await h.quarter("PUBLISHED");
    const submissionId = await correction(q);
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
    expect(result).toMatchObject({ to: "PUBLISHED", edition: 2, slug: q.slug });
    expect((await editionRows(submissionId)).changeNote).toBe("Corrected homicides.");
    expect((await editionRows(q.submissionId)).stage).toBe("SUPERSEDED");
    expect(await h.db.auditEvent.findMany({ where: { action: "transition.supersede" } })).toMatchObject([
      { submissionId: q.submissionId, fromStatus: "PUBLISHED", toStatus: "SUPERSEDED" },
    ]);
  });
});

describe("abandonEdition", () => {
  it("deletes an open correction and everything in it; the published edition is untouched and a new correction can start", async () => {
    const q = await h.quarter("PUBLISHED");
    const submissionId = await correction(q);
    const theme = await h.db.section.findFirstOrThrow({ where: { submissionId, kind: "PCC_THEME" } });
    await h.run(() => writeSection(q.actors.pccOffice, theme.id, ["Draft correction that will be abandoned."]));
    const published = await editionRows(q.submissionId);
    const result = await h.run(() => abandonEdition({ actor: q.actors.secretariat, submissionId }));
    expect(result).toEqual({ quarterId: q.quarterId, edition: 2 });
    expect(await h.db.submission.findUnique({ where: { id: submissionId } })).toBeNull();
    for (const table of ["figure", "kpiResult", "section", "approval", "partEditor", "returnNote", "pccNotApplicable"] as const) {
      const delegate = h.db[table] as unknown as { count(args: object): Promise<number> };
      expect(await delegate.count({ where: { submissionId } }), table).toBe(0);
    }
    expect(await h.db.paragraph.count({ where: { text: "Draft correction that will be abandoned." } })).toBe(0);
    expect(await editionRows(q.submissionId)).toEqual(published);
    expect(await h.db.auditEvent.findMany({ where: { action: "edition.abandon" } })).toMatchObject([
      { actorId: q.actors.secretariat.id, entityType: "Quarter", entityId: q.quarterId, fromStatus: "DATA_ENTRY" },
    ]);
    const again = await correction(q);
    expect((await editionRows(again)).edition).toBe(2);
  });

  it("refuses a first edition, a published correction and a submission that does not exist, changing nothing", async () => {
    const q = await h.quarter("PUBLISHED");
    const { secretariat } = q.actors;
    await expectRefused(
      h,
      () => abandonEdition({ actor: secretariat, submissionId: q.submissionId }),
      DomainError,
      "Only a correction (an edition after the first) can be abandoned.",
    );
    const open = await h.quarter("APPROVAL");
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
    const q = await h.quarter("PUBLISHED");
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
