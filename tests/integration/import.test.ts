// The spreadsheet import against a real database: it saves what the preview showed through the
// forms' writers in one transaction, with one audit entry listing the changes and the same
// voiding of approvals and moving of parts as a form edit; it refuses other roles, a closed
// edition, a changed file, a file with problems and (naming the rows) figures changed by
// someone else since the preview, each leaving the database exactly as it was.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/permissions";
import type { SessionActor } from "@/lib/permissions";
import { monthOfOrNull } from "@/lib/periods/months";
import { DomainError, NotFoundError } from "@/server/errors";
import { saveFigures } from "@/server/figures/save-figures";
import { getImportTemplate } from "@/server/imports/get-import-template";
import { previewImport } from "@/server/imports/preview-import";
import { importSpreadsheet, StaleImportError } from "@/server/imports/import-spreadsheet";
import { completeFigures, type BuiltQuarter } from "@/tests/fixtures/build-quarter";
import { domainDatabase, expectRefused, type Harness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = await domainDatabase();
});
afterEach(() => h.dispose());

const HEADER = "Key,Name,Latest,Actual,Period start,Period end,Note,No local data,Reason";
const csv = (...rows: string[]) => ({ name: "figures.csv", bytes: new TextEncoder().encode([HEADER, ...rows].join("\r\n")) });
const FILE = csv(
  "homicide-1,Homicides,48,,Jan 2031,Dec 2031,Latest Home Office statistics,No,",
  'serious-violence-2,Firearm discharges,"1,204",,Jan-31,Dec-31,,No,',
  "cyber-1,Cyber crime (national measure),,,,,,Yes,Not published at police force area level.",
  "kpi-1,Calls answered,,91.5,Apr 2031,Dec 2031,Provisional,,",
);

async function addKpi() {
  await h.db.kpi.create({
    data: {
      name: "Calls answered",
      unit: "PERCENTAGE",
      betterWhen: "HIGHER_IS_BETTER",
      target: 90,
      greenThreshold: 90,
      amberThreshold: 85,
      position: 1,
    },
  });
}

/** Check, then import what was checked, as the page does. */
async function previewThenImport(actor: SessionActor, submissionId: string, file = FILE) {
  const checked = await h.run(() => previewImport({ actor, submissionId, file }));
  return h.run(() =>
    importSpreadsheet({ actor, submissionId, file, expected: { sha256: checked.file.sha256, versions: checked.preview.versions } }),
  );
}

const audits = (submissionId: string, action: string) => h.db.auditEvent.findMany({ where: { submissionId, action } });
const stateOf = async (submissionId: string) => {
  const s = await h.db.submission.findUniqueOrThrow({ where: { id: submissionId } });
  return { stage: s.stage, FORCE: s.forceStatus, PCC: s.pccStatus };
};

describe("importSpreadsheet", () => {
  it("saves every change the preview showed, bumps only the changed rows' versions, audits once and starts the force part", async () => {
    await addKpi();
    const q = await h.quarter("created");
    const { analyst } = q.actors;
    const checked = await h.run(() => previewImport({ actor: analyst, submissionId: q.submissionId, file: FILE }));
    expect(checked.preview.problems).toEqual([]);
    expect(checked.preview.rows.map((r) => [r.key, r.changes.map((c) => `${c.column}: ${c.from} → ${c.to}`)])).toEqual([
      ["homicide-1", ["Latest:  → 48", "Period start:  → Jan 2031", "Period end:  → Dec 2031", "Note:  → Latest Home Office statistics"]],
      ["serious-violence-2", ["Latest:  → 1,204", "Period start:  → Jan 2031", "Period end:  → Dec 2031"]],
      ["cyber-1", ["No local data: No → Yes", "Reason:  → Not published at police force area level."]],
      ["kpi-1", ["Actual:  → 91.5%", "Period start:  → Apr 2031", "Period end:  → Dec 2031", "Note:  → Provisional"]],
    ]);
    // Checking saved nothing.
    expect(await h.db.auditEvent.count({ where: { submissionId: q.submissionId, action: { startsWith: "save." } } })).toBe(0);

    const result = await h.run(() =>
      importSpreadsheet({
        actor: analyst,
        submissionId: q.submissionId,
        file: FILE,
        expected: { sha256: checked.file.sha256, versions: checked.preview.versions },
      }),
    );
    expect(result).toEqual({ changeCount: 13, rowCount: 4 });
    const figures = await h.db.figure.findMany({ where: { submissionId: q.submissionId }, orderBy: { position: "asc" } });
    const byName = (name: string) => figures.find((f) => f.name === name)!;
    expect(
      [byName("Homicides")].map((f) => [f.latestValue, monthOfOrNull(f.periodStart), monthOfOrNull(f.periodEnd), f.periodNote, f.version]),
    ).toEqual([[48, "2031-01", "2031-12", "Latest Home Office statistics", 2]]);
    expect(byName("Firearm discharges")).toMatchObject({ latestValue: 1204, version: 2 });
    expect(byName("Cyber crime (national measure)")).toMatchObject({
      noLocalData: true,
      noDataReason: "Not published at police force area level.",
      version: 2,
    });
    expect(figures.filter((f) => f.version === 1)).toHaveLength(figures.length - 3);
    expect(await h.db.kpiResult.findFirstOrThrow({ where: { submissionId: q.submissionId } })).toMatchObject({
      actual: 91.5,
      note: "Provisional",
      version: 2,
    });

    const [audit, ...more] = await audits(q.submissionId, "save.spreadsheet-import");
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ actorId: analyst.id, part: "FORCE", entityType: "Submission", entityId: q.submissionId });
    const details = JSON.parse(audit!.details!) as { file: string; changes: { key: string; column: string; from: string; to: string }[] };
    expect(details.file).toBe("figures.csv");
    expect(details.changes).toHaveLength(13);
    expect(details.changes[0]).toEqual({ row: 2, key: "homicide-1", name: "Homicides", column: "Latest", from: "", to: "48" });
    expect((await h.db.partEditor.findMany({ where: { submissionId: q.submissionId } })).map((e) => [e.part, e.userId])).toEqual([
      ["FORCE", analyst.id],
    ]);
    expect((await stateOf(q.submissionId)).FORCE).toBe("IN_PROGRESS");
  });

  it("does to a ready quarter exactly what the figures form does: voids both approvals, reopens the force part, sends the PCC statement back to confirm", async () => {
    const byForm = await h.quarter("ready");
    const byImport = await h.quarter("ready");
    const rows = await h.run(() => completeFigures(byForm.submissionId, "homicide"));
    await h.run(() =>
      saveFigures({
        actor: byForm.actors.analyst,
        input: { submissionId: byForm.submissionId, figures: rows.map((r) => ({ ...r, latestValue: 61 })) },
      }),
    );
    await previewThenImport(byImport.actors.analyst, byImport.submissionId, csv("homicide-1,Homicides,61,,Jan 2030,Dec 2030,,No,"));

    const outcome = async (q: BuiltQuarter) => ({
      state: await stateOf(q.submissionId),
      approvals: (await h.db.approval.findMany({ where: { submissionId: q.submissionId }, orderBy: { part: "asc" } })).map((a) => [
        a.part,
        a.voidedAt !== null,
        a.voidReason?.replace(/\((figures|spreadsheet import)\)$/, "(…)"),
      ]),
      audit: (await h.db.auditEvent.findMany({ where: { submissionId: q.submissionId }, orderBy: [{ at: "asc" }, { id: "asc" }] }))
        .map((a) => a.action.replace(/^save\.(figures|spreadsheet-import)$/, "save"))
        .slice(-5),
      homicides: (await h.db.figure.findFirstOrThrow({ where: { submissionId: q.submissionId, name: "Homicides" } })).latestValue,
    });
    const viaImport = await outcome(byImport);
    expect(viaImport).toEqual(await outcome(byForm));
    expect(viaImport.state).toEqual({ stage: "IN_PROGRESS", FORCE: "IN_PROGRESS", PCC: "SUBMITTED" });
    expect(viaImport.approvals).toEqual([
      ["FORCE", true, `Edited by ${byImport.actors.analyst.name} after approval (…)`],
      ["PCC", true, "The force part it responded to changed"],
    ]);
  });

  it("refuses, naming the rows, when someone changed a figure after the preview; nothing is saved", async () => {
    await addKpi();
    const q = await h.quarter("created");
    const { analyst } = q.actors;
    const checked = await h.run(() => previewImport({ actor: analyst, submissionId: q.submissionId, file: FILE }));
    const colleague = await h.user(["ANALYST"], "Colin Colleague");
    const rows = await h.run(() => completeFigures(q.submissionId, "serious-violence"));
    await h.run(() => saveFigures({ actor: colleague, input: { submissionId: q.submissionId, figures: rows } }));

    const error = await expectRefused(
      h,
      () =>
        importSpreadsheet({
          actor: analyst,
          submissionId: q.submissionId,
          file: FILE,
          expected: { sha256: checked.file.sha256, versions: checked.preview.versions },
        }),
      StaleImportError,
      "Since you checked the file, someone else changed Firearm discharges (row 3). Nothing was imported: check the file again to see what it would change now.",
    );
    expect((error as StaleImportError).rows).toEqual(["Firearm discharges (row 3)"]);
    // Checked again, the file imports over the colleague's figures.
    await previewThenImport(analyst, q.submissionId);
    expect((await h.db.figure.findFirstOrThrow({ where: { submissionId: q.submissionId, name: "Firearm discharges" } })).latestValue).toBe(
      1204,
    );
  });

  it("refuses a file with problems, a file with nothing to change, and a file other than the one checked", async () => {
    const q = await h.quarter("created");
    const { analyst } = q.actors;
    const bad = csv(
      "homicide-1,Homicides,twelve,,Jan 2031,Dec 2031,,No,",
      "serious-violence-2,Firearm discharges,5,,Jan 2031,Dec 2031,,No,",
    );
    const checked = await h.run(() => previewImport({ actor: analyst, submissionId: q.submissionId, file: bad }));
    expect(checked.preview.problems.map((p) => [p.row, p.column])).toEqual([[2, "Latest"]]);
    await expectRefused(
      h,
      () =>
        importSpreadsheet({
          actor: analyst,
          submissionId: q.submissionId,
          file: bad,
          expected: { sha256: checked.file.sha256, versions: checked.preview.versions },
        }),
      DomainError,
      "The file has problems to fix first. Nothing was imported. Row 2, Latest: 'twelve' is not a number: enter a number, like 46 or 19,018",
    );
    const same = csv("homicide-1,Homicides,,,,,,No,");
    const unchanged = await h.run(() => previewImport({ actor: analyst, submissionId: q.submissionId, file: same }));
    await expectRefused(
      h,
      () =>
        importSpreadsheet({
          actor: analyst,
          submissionId: q.submissionId,
          file: same,
          expected: { sha256: unchanged.file.sha256, versions: unchanged.preview.versions },
        }),
      DomainError,
      "Nothing to import: every row in the file matches what is entered.",
    );
    const good = await h.run(() => previewImport({ actor: analyst, submissionId: q.submissionId, file: FILE }));
    await expectRefused(
      h,
      () =>
        importSpreadsheet({
          actor: analyst,
          submissionId: q.submissionId,
          file: bad,
          expected: { sha256: good.file.sha256, versions: good.preview.versions },
        }),
      DomainError,
      /^This is not the file that was checked/,
    );
  });

  it("refuses the DCC, the PCC's office and the secretariat before reading anything, a published edition, and a missing submission", async () => {
    const q = await h.quarter("force-written");
    const checked = await h.run(() => previewImport({ actor: q.actors.analyst, submissionId: q.submissionId, file: FILE }));
    const expected = { sha256: checked.file.sha256, versions: checked.preview.versions };
    for (const actor of [q.actors.dcc, q.actors.pccOffice, q.actors.secretariat, q.actors.pcc]) {
      await expectRefused(h, () => previewImport({ actor, submissionId: q.submissionId, file: FILE }), ForbiddenError);
      await expectRefused(h, () => importSpreadsheet({ actor, submissionId: q.submissionId, file: FILE, expected }), ForbiddenError);
      await expectRefused(h, () => getImportTemplate({ actor, submissionId: q.submissionId, format: "csv" }), ForbiddenError);
      // Refused before the submission is looked up: a missing one is not even revealed as missing.
      await expectRefused(h, () => previewImport({ actor, submissionId: "missing", file: FILE }), ForbiddenError);
      await expectRefused(h, () => importSpreadsheet({ actor, submissionId: "missing", file: FILE, expected }), ForbiddenError);
    }
    const published = await h.quarter("published");
    const closed = "This edition is closed to edits. To correct a published quarter, start a new edition.";
    await expectRefused(
      h,
      () => previewImport({ actor: q.actors.analyst, submissionId: published.submissionId, file: FILE }),
      DomainError,
      closed,
    );
    await expectRefused(
      h,
      () => importSpreadsheet({ actor: q.actors.analyst, submissionId: published.submissionId, file: FILE, expected }),
      DomainError,
      closed,
    );
    await expectRefused(
      h,
      () => importSpreadsheet({ actor: q.actors.analyst, submissionId: "missing", file: FILE, expected }),
      NotFoundError,
    );
  });
});

describe("getImportTemplate", () => {
  it("gives the quarter's rows filled in with what is entered, as CSV and as .xlsx, and the template imports back with nothing to change", async () => {
    await addKpi();
    const q = await h.quarter("force-written");
    const { analyst } = q.actors;
    const template = await h.run(() => getImportTemplate({ actor: analyst, submissionId: q.submissionId, format: "csv" }));
    expect(template.filename).toBe(`scorecard-${q.slug}-figures.csv`);
    const text = new TextDecoder().decode(template.body);
    expect(text.split("\r\n")[1]).toMatch(/^homicide-1,Reduce murder and other homicide,Homicides,Count,52,\d+,,Jan 2030,Dec 2030,/);
    expect(text).toContain("kpi-1,Police and Crime Plan KPI,Calls answered,Percentage,");
    for (const format of ["csv", "xlsx"] as const) {
      const file = await h.run(() => getImportTemplate({ actor: analyst, submissionId: q.submissionId, format }));
      const checked = await h.run(() =>
        previewImport({ actor: analyst, submissionId: q.submissionId, file: { name: file.filename, bytes: file.body } }),
      );
      expect(checked.preview.problems, format).toEqual([]);
      expect(checked.preview.changeCount, format).toBe(0);
    }
  });
});
