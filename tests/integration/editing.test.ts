// The edit operations against a real database: each saves for an allowed caller (with its
// audit row and the PartEditor fact separation of duties is decided from), refuses a stale
// version with nothing saved, refuses a published (closed) edition, and reports a missing
// target as not found.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DomainError, NotFoundError, StaleError } from "@/server/errors";
import { saveFigures } from "@/server/figures/save-figures";
import { saveKpiResults } from "@/server/kpis/save-kpi-results";
import { saveSection } from "@/server/statements/save-section";
import { saveCoverage } from "@/server/statements/save-coverage";
import { addPccSection } from "@/server/statements/add-pcc-section";
import { deletePccSection } from "@/server/statements/delete-pcc-section";
import { saveMeeting } from "@/server/submissions/save-meeting";
import { createQuarter } from "@/server/submissions/create-quarter";
import { approvalState } from "@/server/submissions/load-workflow-facts";
import { monthOfOrNull } from "@/lib/periods/months";
import { NOT_A_PERCENTAGE } from "@/lib/schemas/number";
import { completeFigures, type BuiltQuarter } from "@/tests/fixtures/build-quarter";
import { domainDatabase, expectRefused, type Harness } from "./harness";

const CLOSED = "This edition is closed to edits. To correct a published quarter, start a new edition.";
const STALE = /was changed by someone else after you opened it\. Your changes were not saved/;

let h: Harness;
beforeEach(async () => {
  h = await domainDatabase();
});
afterEach(() => h.dispose());

async function editors(submissionId: string) {
  return (await h.db.partEditor.findMany({ where: { submissionId } })).map((e) => [e.part, e.userId]);
}

async function audits(submissionId: string, action: string) {
  return h.db.auditEvent.findMany({ where: { submissionId, action } });
}

async function figureRows(q: BuiltQuarter, measureKey: string) {
  return h.run(() => completeFigures(q.submissionId, measureKey));
}

async function sectionInput(sectionId: string, paragraphs: string[], extra: { heading?: string; covers?: string[] } = {}) {
  const s = await h.db.section.findUniqueOrThrow({ where: { id: sectionId }, include: { covers: true } });
  return {
    sectionId,
    version: s.version,
    heading: extra.heading ?? s.heading,
    covers: extra.covers ?? s.covers.map((c) => c.measureKey),
    paragraphs: paragraphs.map((text) => ({ text, carriedOver: false, confirmed: false })),
  };
}

describe("saveFigures", () => {
  it("saves one measure's figures, bumps their versions, audits the save and records the analyst as a force editor", async () => {
    const q = await h.quarter("created");
    const { analyst } = q.actors;
    const rows = await figureRows(q, "serious-violence");
    await h.run(() => saveFigures({ actor: analyst, input: { submissionId: q.submissionId, figures: rows } }));
    const stored = await h.db.figure.findMany({ where: { submissionId: q.submissionId, measureKey: "serious-violence" } });
    expect(stored.map((f) => [f.latestValue, monthOfOrNull(f.periodStart), monthOfOrNull(f.periodEnd), f.version])).toEqual(
      rows.map((r) => [r.latestValue, r.periodStart, r.periodEnd, 2]),
    );
    expect(await audits(q.submissionId, "save.figures")).toMatchObject([{ actorId: analyst.id, part: "FORCE", entityType: "Figure" }]);
    expect(await editors(q.submissionId)).toEqual([["FORCE", analyst.id]]);
  });

  it("saves every row or none: one stale row refuses the whole measure", async () => {
    const q = await h.quarter("created");
    const [first, second] = await figureRows(q, "serious-violence");
    await expectRefused(
      h,
      () =>
        saveFigures({
          actor: q.actors.analyst,
          input: { submissionId: q.submissionId, figures: [first!, { ...second!, version: second!.version + 1 }] },
        }),
      StaleError,
      /^The figure "Firearm discharges" was changed by someone else/,
    );
  });

  it("re-checks values against the stored unit, refuses a figure of another submission, a published edition and a missing submission", async () => {
    const q = await h.quarter("created");
    const { analyst } = q.actors;
    const percentage = await h.db.figure.findFirstOrThrow({ where: { submissionId: q.submissionId, unit: "PERCENTAGE" } });
    const rows = (await figureRows(q, percentage.measureKey)).map((r) =>
      r.figureId === percentage.id
        ? { ...r, unit: "COUNT" as const, latestValue: 150, noLocalData: false, periodStart: "2030-01", periodEnd: "2030-12" }
        : r,
    );
    const error = await expectRefused(
      h,
      () => saveFigures({ actor: analyst, input: { submissionId: q.submissionId, figures: rows } }),
      DomainError,
      "Check the highlighted fields.",
    );
    const index = rows.findIndex((r) => r.figureId === percentage.id);
    expect((error as DomainError).fieldErrors).toEqual({ [`figures.${index}.latestValue`]: [NOT_A_PERCENTAGE] });

    const other = await h.quarter("created");
    const foreign = await figureRows(other, "homicide");
    await expectRefused(
      h,
      () => saveFigures({ actor: analyst, input: { submissionId: q.submissionId, figures: foreign } }),
      DomainError,
      "One of these figures does not belong to this submission.",
    );
    const published = await h.quarter("published");
    const closedRows = await figureRows(published, "homicide");
    await expectRefused(
      h,
      () => saveFigures({ actor: analyst, input: { submissionId: published.submissionId, figures: closedRows } }),
      DomainError,
      CLOSED,
    );
    await expectRefused(h, () => saveFigures({ actor: analyst, input: { submissionId: "missing", figures: foreign } }), NotFoundError);
  });

  it("marking no local data clears the values and keeps the reason", async () => {
    const q = await h.quarter("created");
    const [row] = await figureRows(q, "homicide");
    await h.run(() =>
      saveFigures({
        actor: q.actors.analyst,
        input: {
          submissionId: q.submissionId,
          figures: [{ ...row!, noLocalData: true, noDataReason: "Not published locally.", latestValue: 12, proxyUsed: "Regional data" }],
        },
      }),
    );
    expect(await h.db.figure.findUniqueOrThrow({ where: { id: row!.figureId } })).toMatchObject({
      noLocalData: true,
      noDataReason: "Not published locally.",
      proxyUsed: "Regional data",
      latestValue: null,
      periodStart: null,
      periodEnd: null,
    });
  });
});

describe("saveSection", () => {
  it("replaces a force section's paragraphs (its heading is fixed), audits and records the editor", async () => {
    const q = await h.quarter("created");
    const { analyst } = q.actors;
    const id = q.sections.measures["homicide"]!;
    const before = await h.db.section.findUniqueOrThrow({ where: { id } });
    await h.run(async () =>
      saveSection({ actor: analyst, input: await sectionInput(id, ["First.", "Second."], { heading: "Renamed by hand" }) }),
    );
    const after = await h.db.section.findUniqueOrThrow({ where: { id }, include: { paragraphs: { orderBy: { position: "asc" } } } });
    expect(after.paragraphs.map((p) => p.text)).toEqual(["First.", "Second."]);
    expect(after).toMatchObject({ heading: before.heading, version: before.version + 1 });
    expect(await audits(q.submissionId, "save.section.measure")).toMatchObject([{ actorId: analyst.id, part: "FORCE", entityId: id }]);
    expect(await editors(q.submissionId)).toEqual([["FORCE", analyst.id]]);
  });

  it("keeps a carried-over mark only on text left exactly as carried and not confirmed", async () => {
    const published = await h.quarter("published");
    const { analyst, secretariat } = published.actors;
    // A quarter after every fixture quarter, so it starts from the published one.
    const { submissionId } = await h.run(() =>
      createQuarter({
        actor: secretariat,
        input: {
          fyStart: 2091,
          quarter: "1",
          boardName: "Board",
          meetingDate: "",
          agendaItem: "",
          planPriority: "",
          title: "T",
          presenters: "",
        },
      }),
    );
    const id = (await h.db.section.findFirstOrThrow({ where: { submissionId, measureKey: "homicide" } })).id;
    const carried = await h.db.paragraph.findMany({ where: { sectionId: id }, orderBy: { position: "asc" } });
    expect(carried.length).toBeGreaterThan(0);
    expect(carried.every((p) => p.carriedOver)).toBe(true);
    const input = await sectionInput(id, []);
    const save = (paragraphs: { text: string; carriedOver: boolean; confirmed: boolean }[], version: number) =>
      h.run(() => saveSection({ actor: analyst, input: { ...input, version, paragraphs } }));
    // Unchanged and unconfirmed: still marked. A claim of "carried" on new text is not believed.
    await save(
      [
        { text: carried[0]!.text, carriedOver: true, confirmed: false },
        { text: "New text.", carriedOver: true, confirmed: false },
      ],
      input.version,
    );
    expect((await h.db.paragraph.findMany({ where: { sectionId: id }, orderBy: { position: "asc" } })).map((p) => p.carriedOver)).toEqual([
      true,
      false,
    ]);
    // Confirmed as still correct: the mark goes, the text stays.
    await save([{ text: carried[0]!.text, carriedOver: true, confirmed: true }], input.version + 1);
    expect(await h.db.paragraph.findMany({ where: { sectionId: id } })).toMatchObject([{ text: carried[0]!.text, carriedOver: false }]);
  });

  it("a PCC theme takes a new heading and priorities, refusing a priority that is not in the list", async () => {
    const q = await h.quarter("created");
    const { pccOffice } = q.actors;
    const id = q.sections.pccThemes[0]!;
    const error = await expectRefused(
      h,
      async () => saveSection({ actor: pccOffice, input: await sectionInput(id, ["Text."], { covers: ["homicide", "astrology"] }) }),
      DomainError,
      "Choose priorities from the list.",
    );
    expect((error as DomainError).fieldErrors).toEqual({ covers: ["Choose priorities from the list"] });
    await h.run(async () =>
      saveSection({ actor: pccOffice, input: await sectionInput(id, ["Text."], { heading: "Violence", covers: ["homicide", "drugs"] }) }),
    );
    const after = await h.db.section.findUniqueOrThrow({ where: { id }, include: { covers: true } });
    expect(after.heading).toBe("Violence");
    expect(after.covers.map((c) => c.measureKey).sort()).toEqual(["drugs", "homicide"]);
    expect(await editors(q.submissionId)).toEqual([["PCC", pccOffice.id]]);
  });

  it("the secretariat's recommendations are outside both approvals: editing them voids nothing", async () => {
    const q = await h.quarter("ready");
    const recommendations = await h.db.section.findFirstOrThrow({ where: { submissionId: q.submissionId, kind: "RECOMMENDATIONS" } });
    await h.run(async () =>
      saveSection({ actor: q.actors.secretariat, input: await sectionInput(recommendations.id, ["The board is asked to note."]) }),
    );
    const state = await approvalState(h.db, q.submissionId);
    expect([state.forceApproved, state.pccApproved]).toEqual([true, true]);
    expect((await h.db.submission.findUniqueOrThrow({ where: { id: q.submissionId } })).stage).toBe("READY");
    expect(await editors(q.submissionId)).toContainEqual(["SECRETARIAT", q.actors.secretariat.id]);
  });

  it("refuses a stale version, a published edition and a missing section, saving nothing", async () => {
    const q = await h.quarter("created");
    const { analyst } = q.actors;
    const id = q.sections.measures["drugs"]!;
    const stale = { ...(await sectionInput(id, ["Mine."])), version: 0 };
    await expectRefused(h, () => saveSection({ actor: analyst, input: stale }), StaleError, STALE);
    const published = await h.quarter("published");
    const closed = await sectionInput(published.sections.measures["drugs"]!, ["Late change."]);
    await expectRefused(h, () => saveSection({ actor: analyst, input: closed }), DomainError, CLOSED);
    await expectRefused(h, () => saveSection({ actor: analyst, input: { ...stale, sectionId: "missing" } }), NotFoundError);
  });
});

describe("saveKpiResults", () => {
  async function withKpis() {
    await h.db.kpi.createMany({
      data: [
        {
          name: "999 calls answered in 10 seconds",
          unit: "PERCENTAGE",
          betterWhen: "HIGHER_IS_BETTER",
          target: 90,
          greenThreshold: 90,
          amberThreshold: 85,
          position: 0,
        },
        {
          name: "Repeat victims",
          unit: "COUNT",
          betterWhen: "LOWER_IS_BETTER",
          target: 100,
          greenThreshold: 100,
          amberThreshold: 120,
          position: 1,
        },
      ],
    });
    const q = await h.quarter("created");
    const results = await h.db.kpiResult.findMany({ where: { submissionId: q.submissionId }, orderBy: { position: "asc" } });
    return { q, results };
  }

  it("saves the actuals, audits and records the analyst as a force editor", async () => {
    const { q, results } = await withKpis();
    const rows = results.map((r, i) => ({
      kpiResultId: r.id,
      version: r.version,
      unit: r.unit,
      actual: 80 + i,
      periodStart: "2030-04",
      periodEnd: "2030-06",
      note: "",
    }));
    await h.run(() => saveKpiResults({ actor: q.actors.analyst, input: { submissionId: q.submissionId, rows } }));
    const stored = await h.db.kpiResult.findMany({ where: { submissionId: q.submissionId }, orderBy: { position: "asc" } });
    expect(stored.map((r) => [r.actual, monthOfOrNull(r.periodStart), monthOfOrNull(r.periodEnd), r.note, r.version])).toEqual([
      [80, "2030-04", "2030-06", null, 2],
      [81, "2030-04", "2030-06", null, 2],
    ]);
    expect(await audits(q.submissionId, "save.kpis")).toMatchObject([{ actorId: q.actors.analyst.id, part: "FORCE" }]);
    expect(await editors(q.submissionId)).toEqual([["FORCE", q.actors.analyst.id]]);
  });

  it("refuses a stale row, a value outside its stored unit, a KPI of another submission and a published edition", async () => {
    const { q, results } = await withKpis();
    const { analyst } = q.actors;
    const row = (r: (typeof results)[number], actual: number, extra = {}) => ({
      kpiResultId: r.id,
      version: r.version,
      unit: r.unit,
      actual,
      periodStart: "2030-04",
      periodEnd: "2030-06",
      note: "",
      ...extra,
    });
    await expectRefused(
      h,
      () =>
        saveKpiResults({
          actor: analyst,
          input: { submissionId: q.submissionId, rows: [row(results[0]!, 80), row(results[1]!, 90, { version: 7 })] },
        }),
      StaleError,
      /^The KPI "Repeat victims" was changed/,
    );
    const error = await expectRefused(
      h,
      () => saveKpiResults({ actor: analyst, input: { submissionId: q.submissionId, rows: [row(results[0]!, 101, { unit: "COUNT" })] } }),
      DomainError,
      "Check the highlighted fields.",
    );
    expect((error as DomainError).fieldErrors).toEqual({ "rows.0.actual": [NOT_A_PERCENTAGE] });
    const other = await h.quarter("created");
    await expectRefused(
      h,
      () => saveKpiResults({ actor: analyst, input: { submissionId: other.submissionId, rows: [row(results[0]!, 80)] } }),
      DomainError,
      "One of these KPIs does not belong to this submission.",
    );
    const published = await h.quarter("published");
    await expectRefused(
      h,
      () => saveKpiResults({ actor: analyst, input: { submissionId: published.submissionId, rows: [] } }),
      DomainError,
      CLOSED,
    );
  });
});

describe("saveMeeting", () => {
  async function meetingInput(submissionId: string, changes: Record<string, unknown> = {}) {
    const s = await h.db.submission.findUniqueOrThrow({ where: { id: submissionId } });
    return {
      submissionId,
      version: s.meetingVersion,
      boardName: s.boardName,
      meetingDate: s.meetingDate!.toISOString().slice(0, 10),
      agendaItem: s.agendaItem,
      planPriority: s.planPriority,
      title: s.title,
      presenters: s.presenters,
      ...changes,
    };
  }

  it("saves the meeting details, audits them as the secretariat's part and voids no approval", async () => {
    const q = await h.quarter("ready");
    const { secretariat } = q.actors;
    await h.run(async () =>
      saveMeeting({ actor: secretariat, input: await meetingInput(q.submissionId, { agendaItem: "9", meetingDate: "2099-01-05" }) }),
    );
    expect(await h.db.submission.findUniqueOrThrow({ where: { id: q.submissionId } })).toMatchObject({
      agendaItem: "9",
      meetingDate: new Date("2099-01-05T00:00:00Z"),
      meetingVersion: 2,
      stage: "READY",
    });
    expect(await audits(q.submissionId, "save.meeting")).toMatchObject([{ actorId: secretariat.id, part: "SECRETARIAT" }]);
    expect(await editors(q.submissionId)).toContainEqual(["SECRETARIAT", secretariat.id]);
    expect(await h.db.approval.count({ where: { submissionId: q.submissionId, voidedAt: null } })).toBe(2);
  });

  it("refuses a stale version, a published edition and a missing submission", async () => {
    const q = await h.quarter("created");
    const { secretariat } = q.actors;
    const stale = await meetingInput(q.submissionId, { version: 0, title: "Stale" });
    await expectRefused(h, () => saveMeeting({ actor: secretariat, input: stale }), StaleError, /^The meeting details was changed/);
    const published = await h.quarter("published");
    const closed = await meetingInput(published.submissionId, { title: "Too late" });
    await expectRefused(h, () => saveMeeting({ actor: secretariat, input: closed }), DomainError, CLOSED);
    await expectRefused(h, () => saveMeeting({ actor: secretariat, input: { ...stale, submissionId: "missing" } }), NotFoundError);
  });
});

describe("saveCoverage", () => {
  it("records the priorities marked not applicable, with reasons, replacing the earlier marks", async () => {
    const q = await h.quarter("created");
    const { pccOffice } = q.actors;
    const mark = (version: number, keys: string[]) =>
      h.run(() =>
        saveCoverage({
          actor: pccOffice,
          input: {
            submissionId: q.submissionId,
            version,
            items: ["cyber", "drugs"].map((k) => ({
              measureKey: k,
              notApplicable: keys.includes(k),
              reason: keys.includes(k) ? `No ${k}.` : "",
            })),
          },
        }),
      );
    await mark(1, ["cyber", "drugs"]);
    await mark(2, ["cyber"]);
    expect(await h.db.pccNotApplicable.findMany({ where: { submissionId: q.submissionId } })).toMatchObject([
      { measureKey: "cyber", reason: "No cyber." },
    ]);
    expect((await h.db.submission.findUniqueOrThrow({ where: { id: q.submissionId } })).coverageVersion).toBe(3);
    expect(await audits(q.submissionId, "save.coverage")).toHaveLength(2);
    expect(await editors(q.submissionId)).toEqual([["PCC", pccOffice.id]]);
  });

  it("refuses a stale version, a priority not in the list and a published edition", async () => {
    const q = await h.quarter("created");
    const { pccOffice } = q.actors;
    const items = [{ measureKey: "cyber", notApplicable: true, reason: "Regional." }];
    await expectRefused(
      h,
      () => saveCoverage({ actor: pccOffice, input: { submissionId: q.submissionId, version: 5, items } }),
      StaleError,
      /^The priorities marked not applicable was changed/,
    );
    await expectRefused(
      h,
      () =>
        saveCoverage({
          actor: pccOffice,
          input: { submissionId: q.submissionId, version: 1, items: [{ measureKey: "astrology", notApplicable: true, reason: "x" }] },
        }),
      DomainError,
      "Choose priorities from the list.",
    );
    const published = await h.quarter("published");
    await expectRefused(
      h,
      () => saveCoverage({ actor: pccOffice, input: { submissionId: published.submissionId, version: 1, items } }),
      DomainError,
      CLOSED,
    );
  });
});

describe("addPccSection and deletePccSection", () => {
  it("adds an empty theme at the end of the PCC statement, voiding the PCC's approval of a ready quarter and taking the statement back", async () => {
    const q = await h.quarter("ready");
    const { pccOffice } = q.actors;
    const { id } = await h.run(() => addPccSection({ actor: pccOffice, submissionId: q.submissionId }));
    const themes = await h.db.section.findMany({
      where: { submissionId: q.submissionId, kind: "PCC_THEME" },
      orderBy: { position: "asc" },
    });
    expect(themes.at(-1)).toMatchObject({ id, heading: "New section", part: "PCC" });
    expect(await audits(q.submissionId, "save.section.add")).toMatchObject([{ actorId: pccOffice.id, entityId: id }]);
    const state = await approvalState(h.db, q.submissionId);
    expect([state.forceApproved, state.pccApproved]).toEqual([true, false]);
    expect(await h.db.submission.findUniqueOrThrow({ where: { id: q.submissionId } })).toMatchObject({
      stage: "IN_PROGRESS",
      forceStatus: "APPROVED",
      pccStatus: "IN_PROGRESS",
    });
  });

  it("deletes a theme at its current version, with its paragraphs", async () => {
    const q = await h.quarter("pcc-written");
    const sectionId = q.sections.pccThemes[2]!;
    const { version } = await h.db.section.findUniqueOrThrow({ where: { id: sectionId } });
    expect(await h.run(() => deletePccSection({ actor: q.actors.pccOffice, sectionId, version }))).toEqual({
      submissionId: q.submissionId,
    });
    expect(await h.db.section.findUnique({ where: { id: sectionId } })).toBeNull();
    expect(await h.db.paragraph.count({ where: { sectionId } })).toBe(0);
    expect(await audits(q.submissionId, "save.section.delete")).toMatchObject([{ entityId: sectionId }]);
  });

  it("refuses a stale version, a section that is not a theme, a published edition and a missing target", async () => {
    const q = await h.quarter("created");
    const { pccOffice } = q.actors;
    const theme = q.sections.pccThemes[0]!;
    await expectRefused(h, () => deletePccSection({ actor: pccOffice, sectionId: theme, version: 9 }), StaleError, STALE);
    const intro = await h.db.section.findFirstOrThrow({ where: { submissionId: q.submissionId, kind: "PCC_INTRO" } });
    await expectRefused(
      h,
      () => deletePccSection({ actor: pccOffice, sectionId: intro.id, version: intro.version }),
      DomainError,
      "Only themed sections of the PCC statement can be removed.",
    );
    const published = await h.quarter("published");
    await expectRefused(
      h,
      () => deletePccSection({ actor: pccOffice, sectionId: published.sections.pccThemes[0]!, version: 2 }),
      DomainError,
      CLOSED,
    );
    await expectRefused(h, () => addPccSection({ actor: pccOffice, submissionId: published.submissionId }), DomainError, CLOSED);
    await expectRefused(h, () => deletePccSection({ actor: pccOffice, sectionId: "missing", version: 1 }), NotFoundError);
    await expectRefused(h, () => addPccSection({ actor: pccOffice, submissionId: "missing" }), NotFoundError);
  });
});
