// The measure framework against a real database: indicators, KPIs and measure names are
// versioned and audited, and a change reaches only quarters created afterwards (a submission
// keeps the definitions it copied).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError, StaleError } from "@/server/errors";
import { saveIndicator } from "@/server/framework/save-indicator";
import { saveKpi } from "@/server/framework/save-kpi";
import { renameMeasure } from "@/server/framework/rename-measure";
import { domainDatabase, expectRefused, type Harness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = await domainDatabase();
});
afterEach(() => h.dispose());

const indicatorFields = {
  name: "Knife crime offences",
  unit: "COUNT" as const,
  betterWhen: "LOWER_IS_BETTER" as const,
  baselineLabel: "Year ending June 2019",
  baselineStart: new Date("2018-07-01T00:00:00Z"),
  baselineEnd: new Date("2019-06-01T00:00:00Z"),
  baselineValue: 3000,
  source: "Police recorded crime",
  active: true,
};

const kpiFields = {
  name: "Emergency calls answered within 10 seconds",
  unit: "PERCENTAGE" as const,
  betterWhen: "HIGHER_IS_BETTER" as const,
  target: 90,
  greenThreshold: 90,
  amberThreshold: 85,
  active: true,
};

async function frameworkAudit(action: string) {
  return h.db.auditEvent.findMany({ where: { action } });
}

describe("saveIndicator", () => {
  it("adds an indicator at the end of its measure; only quarters created afterwards get a figure for it", async () => {
    const admin = await h.user(["ADMIN"]);
    const before = await h.quarter("created");
    const measure = await h.db.measure.findUniqueOrThrow({ where: { key: "serious-violence" }, include: { indicators: true } });
    const { id } = await h.run(() =>
      saveIndicator({ actor: admin, input: { ...indicatorFields, id: "", version: 1, measureId: measure.id } }),
    );
    expect(await h.db.indicator.findUniqueOrThrow({ where: { id } })).toMatchObject({
      ...indicatorFields,
      position: measure.indicators.length,
      version: 1,
    });
    expect(await frameworkAudit("framework.indicator.create")).toMatchObject([{ actorId: admin.id, entityId: id }]);
    expect(await h.db.figure.count({ where: { submissionId: before.submissionId, indicatorId: id } })).toBe(0);
    const after = await h.quarter("created");
    expect(await h.db.figure.count({ where: { submissionId: after.submissionId, indicatorId: id } })).toBe(1);
  });

  it("updates at the current version, leaving figures already copied as they were; a stale version, a missing indicator or measure is refused", async () => {
    const secretariat = await h.user(["SECRETARIAT"]);
    const q = await h.quarter("created");
    const indicator = await h.db.indicator.findFirstOrThrow({ where: { name: "Homicides" } });
    const input = {
      ...indicatorFields,
      id: indicator.id,
      version: indicator.version,
      measureId: indicator.measureId,
      name: "Homicide victims",
    };
    await h.run(() => saveIndicator({ actor: secretariat, input }));
    expect(await h.db.indicator.findUniqueOrThrow({ where: { id: indicator.id } })).toMatchObject({ name: "Homicide victims", version: 2 });
    expect((await h.db.figure.findFirstOrThrow({ where: { submissionId: q.submissionId, indicatorId: indicator.id } })).name).toBe(
      "Homicides",
    );
    expect(await frameworkAudit("framework.indicator.update")).toHaveLength(1);
    await expectRefused(h, () => saveIndicator({ actor: secretariat, input }), StaleError, /^The indicator "Homicide victims" was changed/);
    await expectRefused(h, () => saveIndicator({ actor: secretariat, input: { ...input, id: "", measureId: "missing" } }), NotFoundError);
    await expectRefused(h, () => saveIndicator({ actor: secretariat, input: { ...input, id: "missing", version: 1 } }), NotFoundError);
  });
});

describe("saveKpi", () => {
  it("creates and updates a KPI, versioned and audited; quarters already created keep their copy", async () => {
    const admin = await h.user(["ADMIN"]);
    const { id } = await h.run(() => saveKpi({ actor: admin, input: { ...kpiFields, id: "", version: 1 } }));
    const q = await h.quarter("created");
    await h.run(() => saveKpi({ actor: admin, input: { ...kpiFields, id, version: 1, target: 95 } }));
    expect(await h.db.kpi.findUniqueOrThrow({ where: { id } })).toMatchObject({ target: 95, version: 2, position: 0 });
    expect((await h.db.kpiResult.findFirstOrThrow({ where: { submissionId: q.submissionId, kpiId: id } })).target).toBe(90);
    expect((await frameworkAudit("framework.kpi.create")).length + (await frameworkAudit("framework.kpi.update")).length).toBe(2);
  });

  it("refuses a stale version and a KPI that does not exist, changing nothing", async () => {
    const admin = await h.user(["ADMIN"]);
    const { id } = await h.run(() => saveKpi({ actor: admin, input: { ...kpiFields, id: "", version: 1 } }));
    await expectRefused(h, () => saveKpi({ actor: admin, input: { ...kpiFields, id, version: 3 } }), StaleError);
    await expectRefused(h, () => saveKpi({ actor: admin, input: { ...kpiFields, id: "missing", version: 1 } }), NotFoundError);
  });
});

describe("renameMeasure", () => {
  it("renames a measure for quarters created from now on, audited; a stale version or missing measure is refused", async () => {
    const secretariat = await h.user(["SECRETARIAT"]);
    const q = await h.quarter("created");
    const measure = await h.db.measure.findUniqueOrThrow({ where: { key: "cyber" } });
    await h.run(() =>
      renameMeasure({ actor: secretariat, input: { id: measure.id, version: measure.version, name: "Tackle fraud and cyber crime" } }),
    );
    expect(await h.db.measure.findUniqueOrThrow({ where: { id: measure.id } })).toMatchObject({
      name: "Tackle fraud and cyber crime",
      version: 2,
    });
    expect(await frameworkAudit("framework.measure.rename")).toMatchObject([
      { actorId: secretariat.id, toStatus: "Tackle fraud and cyber crime" },
    ]);
    expect((await h.db.figure.findFirstOrThrow({ where: { submissionId: q.submissionId, measureKey: "cyber" } })).measureName).toBe(
      measure.name,
    );
    await expectRefused(h, () => renameMeasure({ actor: secretariat, input: { id: measure.id, version: 1, name: "Again" } }), StaleError);
    await expectRefused(
      h,
      () => renameMeasure({ actor: secretariat, input: { id: "missing", version: 1, name: "Nothing" } }),
      NotFoundError,
    );
  });
});
