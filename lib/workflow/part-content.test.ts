import { describe, expect, it } from "vitest";
import { forceContentOf, pccContentOf, sectionContents, type SectionRow } from "./part-content";
import { hashContent } from "./snapshot";

function section(over: Partial<SectionRow> & Pick<SectionRow, "id">): SectionRow {
  return {
    part: "PCC",
    kind: "PCC_THEME",
    measureKey: null,
    heading: `Heading ${over.id}`,
    position: 0,
    paragraphs: [],
    covers: [],
    ...over,
  };
}

describe("sectionContents", () => {
  it("keeps only the part's sections, in the paper's order of kinds, then position, then id", () => {
    const rows = [
      section({ id: "b", position: 2 }),
      section({ id: "z", position: 1 }),
      section({ id: "a", position: 1 }),
      section({ id: "intro", kind: "PCC_INTRO", position: 9 }),
      section({ id: "force", part: "FORCE", kind: "MEASURE", position: 0 }),
    ];
    expect(sectionContents(rows, "PCC").map((s) => s.heading)).toEqual(["Heading intro", "Heading a", "Heading z", "Heading b"]);
    expect(sectionContents(rows, "FORCE").map((s) => s.heading)).toEqual(["Heading force"]);
  });

  it("gives the same content whatever order the database returned the rows in", () => {
    const rows = [
      section({ id: "c2", position: 0, covers: [{ measureKey: "homicide" }, { measureKey: "cyber" }], paragraphs: [{ text: "One." }] }),
      section({ id: "c1", position: 0, paragraphs: [{ text: "Two." }, { text: "Three." }] }),
      section({ id: "intro", kind: "PCC_INTRO", position: 0 }),
    ];
    const forwards = sectionContents(rows, "PCC");
    expect(sectionContents([...rows].reverse(), "PCC")).toEqual(forwards);
    expect(forwards[2]).toEqual({
      kind: "PCC_THEME",
      measureKey: null,
      heading: "Heading c2",
      covers: ["cyber", "homicide"],
      paragraphs: ["One."],
    });
  });
});

describe("forceContentOf and pccContentOf", () => {
  const figure = {
    indicatorId: "i1",
    measureKey: "homicide",
    measureName: "Homicide",
    name: "Homicides",
    unit: "COUNT",
    betterWhen: "LOWER",
    baselineLabel: "Year ending June 2019",
    baselineStart: new Date(Date.UTC(2018, 6, 1)),
    baselineEnd: new Date(Date.UTC(2019, 5, 1)),
    baselineValue: 12,
    source: "Police recorded crime",
    latestValue: 9,
    periodStart: new Date(Date.UTC(2021, 3, 1)),
    periodEnd: null,
    periodNote: null,
    comparisonLabel: null,
    comparisonValue: null,
    noLocalData: false,
    noDataReason: null,
    proxyUsed: null,
  };

  it("stores periods as months and leaves out database columns such as ids and versions", () => {
    const content = forceContentOf({ figures: [{ ...figure, id: "row-1", version: 7 } as typeof figure], kpis: [], sections: [] });
    expect(content.figures[0]).toEqual({
      ...figure,
      baselineStart: "2018-07",
      baselineEnd: "2019-06",
      periodStart: "2021-04",
      periodEnd: null,
    });
  });

  it("hashes the PCC part the same whatever order its not-applicable reasons come in", () => {
    const notApplicable = [
      { measureKey: "serious-violence", reason: "B" },
      { measureKey: "cyber", reason: "A" },
    ];
    const one = pccContentOf({ sections: [], notApplicable });
    expect(one.notApplicable.map((n) => n.measureKey)).toEqual(["cyber", "serious-violence"]);
    expect(hashContent(pccContentOf({ sections: [], notApplicable: [...notApplicable].reverse() }))).toBe(hashContent(one));
  });
});
