import { describe, expect, it } from "vitest";
import { forceContentOf, pccContentOf, sectionContents, type SectionRow } from "./part-content";
import { hashContent } from "./snapshot";
import { figure } from "@/tests/fixtures/part-content";

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
  // The fixture's content, as the database row holds it: months as the first instant of each month.
  const month = (m: string | null) => (m ? new Date(`${m}-01T00:00:00Z`) : null);
  const content = figure({ periodEnd: null });
  const row = {
    ...content,
    baselineStart: month(content.baselineStart),
    baselineEnd: month(content.baselineEnd),
    periodStart: month(content.periodStart),
    periodEnd: month(content.periodEnd),
  };

  it("stores periods as months and leaves out database columns such as ids and versions", () => {
    const made = forceContentOf({ figures: [{ ...row, id: "row-1", version: 7 } as typeof row], kpis: [], sections: [] });
    expect(made.figures[0]).toEqual(content);
    expect(made.figures[0]).not.toHaveProperty("id");
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
