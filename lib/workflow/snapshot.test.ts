import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { figure, kpi } from "@/tests/fixtures/part-content";
import {
  approvalIsValid,
  hashContent,
  type FigureContent,
  type ForceContent,
  type KpiContent,
  type PccContent,
  type SectionContent,
} from "./snapshot";

const section = (over: Partial<SectionContent> = {}): SectionContent => ({
  kind: "MEASURE",
  measureKey: "homicide",
  heading: "Homicide",
  covers: [],
  paragraphs: ["There were 46 homicides.", "This is a 12% reduction."],
  ...over,
});

const force = (): ForceContent => ({
  figures: [figure(), figure({ indicatorId: "ind-firearms", name: "Firearm discharges", baselineValue: 162, latestValue: 147 })],
  kpis: [kpi()],
  sections: [section({ kind: "PURPOSE", measureKey: null, heading: "Purpose", paragraphs: ["To update the board."] }), section()],
});

const pcc = (): PccContent => ({
  sections: [
    section({ kind: "PCC_INTRO", measureKey: null, heading: "Introduction", paragraphs: ["I welcome…"] }),
    section({
      kind: "PCC_THEME",
      measureKey: null,
      heading: "Homicides and Serious violence",
      covers: ["homicide", "serious-violence"],
      paragraphs: ["Violence is down."],
    }),
  ],
  notApplicable: [{ measureKey: "cyber", reason: "Covered by the regional unit" }],
});

describe("hashContent", () => {
  it("is a 64-character lowercase hex SHA-256", () => {
    expect(hashContent(force())).toMatch(/^[0-9a-f]{64}$/);
    expect(hashContent(pcc())).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is the SHA-256 of the canonical JSON with keys sorted", () => {
    const content: PccContent = { sections: [], notApplicable: [{ reason: "r", measureKey: "cyber" }] };
    const canonical = '{"notApplicable":[{"measureKey":"cyber","reason":"r"}],"sections":[]}';
    expect(hashContent(content)).toBe(createHash("sha256").update(canonical).digest("hex"));
  });

  it("is deterministic", () => {
    expect(hashContent(force())).toBe(hashContent(force()));
    expect(hashContent(pcc())).toBe(hashContent(pcc()));
  });

  it("does not depend on object key order, at any depth", () => {
    const f = figure();
    const reorderedFigure = Object.fromEntries(Object.entries(f).reverse()) as FigureContent;
    const s = section();
    const reorderedSection: SectionContent = {
      paragraphs: s.paragraphs,
      covers: s.covers,
      heading: s.heading,
      measureKey: s.measureKey,
      kind: s.kind,
    };
    const a: ForceContent = { figures: [f], kpis: [kpi()], sections: [s] };
    const b: ForceContent = {
      sections: [reorderedSection],
      kpis: [Object.fromEntries(Object.entries(kpi()).reverse()) as KpiContent],
      figures: [reorderedFigure],
    };
    expect(Object.keys(b)).not.toEqual(Object.keys(a));
    expect(hashContent(b)).toBe(hashContent(a));
  });

  it("tells force and PCC content apart", () => {
    expect(hashContent(force())).not.toBe(hashContent(pcc()));
  });

  describe("changes when any approved content changes", () => {
    const base = hashContent(force());
    const changed = (edit: (c: ForceContent) => void) => {
      const c = force();
      edit(c);
      return hashContent(c);
    };

    it.each<[string, (c: ForceContent) => void]>([
      ["a paragraph's text", (c) => (c.sections[1]!.paragraphs[0] = "There were 47 homicides.")],
      ["a single character of a paragraph", (c) => (c.sections[1]!.paragraphs[1] = "This is a 12% reduction")],
      ["paragraph order", (c) => c.sections[1]!.paragraphs.reverse()],
      ["an added paragraph", (c) => c.sections[1]!.paragraphs.push("More.")],
      ["an added empty paragraph", (c) => c.sections[1]!.paragraphs.push("")],
      ["a heading", (c) => (c.sections[1]!.heading = "Murder and homicide")],
      ["a section's covers", (c) => (c.sections[1]!.covers = ["homicide"])],
      ["a latest value", (c) => (c.figures[0]!.latestValue = 47)],
      ["a latest value from a number to null", (c) => (c.figures[0]!.latestValue = null)],
      ["a baseline value", (c) => (c.figures[0]!.baselineValue = 53)],
      ["a period's start", (c) => (c.figures[0]!.periodStart = "2021-02")],
      ["a period's end", (c) => (c.figures[0]!.periodEnd = "2022-01")],
      ["a period note", (c) => (c.figures[0]!.periodNote = "Latest Home Office statistics")],
      ["the baseline period", (c) => (c.figures[0]!.baselineEnd = "2019-07")],
      ["a KPI period", (c) => (c.kpis[0]!.periodEnd = "2022-03")],
      ["a comparison value", (c) => (c.figures[1]!.comparisonValue = 150)],
      ["the no-local-data flag", (c) => (c.figures[0]!.noLocalData = true)],
      ["a no-data reason", (c) => (c.figures[0]!.noDataReason = "Not published")],
      ["a proxy", (c) => (c.figures[0]!.proxyUsed = "Regional figure")],
      ["figure order", (c) => c.figures.reverse()],
      ["a KPI actual", (c) => (c.kpis[0]!.actual = 88)],
      ["a KPI threshold", (c) => (c.kpis[0]!.amberThreshold = 75)],
      ["a KPI note", (c) => (c.kpis[0]!.note = "Improving")],
      ["a removed section", (c) => c.sections.pop()],
    ])("%s", (_label, edit) => {
      expect(changed(edit)).not.toBe(base);
    });

    it("a figure value of 0 hashes differently from null", () => {
      expect(changed((c) => (c.figures[0]!.latestValue = 0))).not.toBe(changed((c) => (c.figures[0]!.latestValue = null)));
    });
  });

  describe("PCC content", () => {
    const base = hashContent(pcc());
    const changed = (edit: (c: PccContent) => void) => {
      const c = pcc();
      edit(c);
      return hashContent(c);
    };

    it.each<[string, (c: PccContent) => void]>([
      ["a theme's paragraph", (c) => (c.sections[1]!.paragraphs[0] = "Violence is up.")],
      ["a theme heading", (c) => (c.sections[1]!.heading = "Serious violence")],
      ["a theme's covers", (c) => c.sections[1]!.covers.pop()],
      ["covers order", (c) => c.sections[1]!.covers.reverse()],
      ["a not-applicable reason", (c) => (c.notApplicable[0]!.reason = "Not relevant this quarter")],
      ["a not-applicable measure", (c) => (c.notApplicable[0]!.measureKey = "drugs")],
      ["a removed not-applicable mark", (c) => c.notApplicable.pop()],
      ["an added not-applicable mark", (c) => c.notApplicable.push({ measureKey: "drugs", reason: "x" })],
    ])("%s", (_label, edit) => {
      expect(changed(edit)).not.toBe(base);
    });
  });
});

describe("approvalIsValid", () => {
  const hash = hashContent(force());

  it("accepts a non-voided approval of the current content", () => {
    expect(approvalIsValid({ contentHash: hash, voidedAt: null }, hash)).toBe(true);
  });

  it("rejects a voided approval even if the content still matches", () => {
    expect(approvalIsValid({ contentHash: hash, voidedAt: new Date("2022-01-10T09:00:00Z") }, hash)).toBe(false);
  });

  it("rejects an approval of different content", () => {
    const edited = force();
    edited.sections[1]!.paragraphs[0] = "There were 47 homicides.";
    expect(approvalIsValid({ contentHash: hash, voidedAt: null }, hashContent(edited))).toBe(false);
  });

  it("rejects a missing approval", () => {
    expect(approvalIsValid(null, hash)).toBe(false);
    expect(approvalIsValid(undefined, hash)).toBe(false);
  });

  it("becomes valid again when content is edited back to exactly what was approved", () => {
    const approval = { contentHash: hash, voidedAt: null };
    const edited = force();
    edited.figures[0]!.latestValue = 47;
    expect(approvalIsValid(approval, hashContent(edited))).toBe(false);
    edited.figures[0]!.latestValue = 46;
    expect(approvalIsValid(approval, hashContent(edited))).toBe(true);
  });
});

describe("approvalIsValid for the PCC: bound to the force part it answered", () => {
  const pccHash = "pcc-hash";
  const approval = { contentHash: pccHash, voidedAt: null, forceHash: "force-1" };

  it("holds while the force part is the one approved against", () => {
    expect(approvalIsValid(approval, pccHash, "force-1")).toBe(true);
  });

  it("fails when the force part has changed, though the PCC statement has not", () => {
    expect(approvalIsValid(approval, pccHash, "force-2")).toBe(false);
  });

  it("fails for an approval that recorded no force part", () => {
    expect(approvalIsValid({ contentHash: pccHash, voidedAt: null }, pccHash, "force-1")).toBe(false);
  });
});
