import { describe, expect, it } from "vitest";
import type { ForceContent, PccContent } from "@/lib/workflow/snapshot";
import { figure } from "@/tests/fixtures/part-content";
import { diffPart, diffParagraphs, diffWordPieces } from "./part-diff";

const force = (paragraphs: string[], figures = [figure()]): ForceContent => ({
  figures,
  kpis: [],
  sections: [{ kind: "MEASURE", measureKey: "homicide", heading: "Measure: homicide", covers: [], paragraphs }],
});

describe("diffWordPieces", () => {
  it("marks inserted and deleted words and keeps the rest", () => {
    const pieces = diffWordPieces("There were 46 homicides.", "There were 48 homicides in 2022.");
    expect(pieces.filter((p) => p.change === "deleted").map((p) => p.text)).toEqual(["46"]);
    expect(pieces.filter((p) => p.change === "inserted").map((p) => p.text.trim())).toEqual(["48", "in 2022"]);
    // Reading only "same" and "inserted" gives the new text; "same" and "deleted" the old.
    expect(
      pieces
        .filter((p) => p.change !== "deleted")
        .map((p) => p.text)
        .join(""),
    ).toBe("There were 48 homicides in 2022.");
    expect(
      pieces
        .filter((p) => p.change !== "inserted")
        .map((p) => p.text)
        .join(""),
    ).toBe("There were 46 homicides.");
  });
});

describe("diffParagraphs", () => {
  it("keeps unchanged paragraphs, pairs a rewritten one, and reports added and removed ones", () => {
    const result = diffParagraphs(["One.", "Two is old.", "Three."], ["One.", "Two is new.", "Three.", "Four."]);
    expect(result.map((p) => p.change)).toEqual(["same", "changed", "same", "inserted"]);
    expect(result[3]).toEqual({ change: "inserted", text: "Four." });
    const changed = result[1]!;
    expect(changed.change === "changed" && changed.pieces.filter((p) => p.change !== "same").map((p) => p.text)).toEqual(["old", "new"]);
  });

  it("reports a removed paragraph as deleted", () => {
    expect(diffParagraphs(["One.", "Two."], ["Two."])).toEqual([
      { change: "deleted", text: "One." },
      { change: "same", text: "Two." },
    ]);
  });

  it("shows nothing changed for identical text", () => {
    expect(diffParagraphs(["A.", "B."], ["A.", "B."]).every((p) => p.change === "same")).toBe(true);
  });
});

describe("diffPart", () => {
  it("finds a changed figure, old → new, as the paper words it", () => {
    const result = diffPart(
      force(["Text."]),
      force(["Text."], [figure({ latestValue: 48, periodEnd: "2022-03", periodStart: "2021-04" })]),
    );
    expect(result.changed).toBe(true);
    expect(result.values).toEqual([
      { item: "Homicides", field: "Latest value", before: "46", after: "48" },
      { item: "Homicides", field: "Period", before: "Jan–Dec 2021", after: "Apr 2021–Mar 2022" },
    ]);
    expect(result.sections[0]!.change).toBe("same");
  });

  it("finds a rewritten paragraph in its section", () => {
    const result = diffPart(force(["There were 46 homicides."]), force(["There were 48 homicides."]));
    expect(result.values).toEqual([]);
    expect(result.sections).toHaveLength(1);
    expect(result.sections[0]!).toMatchObject({ key: "MEASURE:homicide", change: "changed" });
  });

  it("says nothing changed between identical snapshots", () => {
    expect(diffPart(force(["A."]), force(["A."])).changed).toBe(false);
  });

  it("reports a figure switched to no local data", () => {
    const result = diffPart(force([]), force([], [figure({ noLocalData: true, noDataReason: "Not published", latestValue: null })]));
    expect(result.values).toContainEqual({ item: "Homicides", field: "No local data", before: "–", after: "Not published" });
    expect(result.values).toContainEqual({ item: "Homicides", field: "Latest value", before: "46", after: "–" });
  });

  it("matches PCC themes by order, so a renamed theme shows its old heading", () => {
    const before: PccContent = {
      sections: [{ kind: "PCC_THEME", measureKey: null, heading: "Violence", covers: ["homicide"], paragraphs: ["Same."] }],
      notApplicable: [{ measureKey: "cyber", reason: "Regional" }],
    };
    const after: PccContent = {
      sections: [
        {
          kind: "PCC_THEME",
          measureKey: null,
          heading: "Serious violence",
          covers: ["homicide", "serious-violence"],
          paragraphs: ["Same."],
        },
      ],
      notApplicable: [],
    };
    const result = diffPart(before, after);
    expect(result.sections[0]).toMatchObject({
      change: "changed",
      heading: "Serious violence",
      headingBefore: "Violence",
      coversBefore: ["homicide"],
      coversAfter: ["homicide", "serious-violence"],
    });
    expect(result.values).toEqual([{ item: "cyber", field: "Not applicable", before: "Regional", after: "–" }]);
  });

  it("reports inserted and deleted sections", () => {
    const before: PccContent = { sections: [], notApplicable: [] };
    const after: PccContent = {
      sections: [{ kind: "PCC_INTRO", measureKey: null, heading: "Introduction", covers: [], paragraphs: ["Hello."] }],
      notApplicable: [],
    };
    expect(diffPart(before, after).sections[0]).toMatchObject({ change: "inserted", paragraphs: [{ change: "inserted", text: "Hello." }] });
    expect(diffPart(after, before).sections[0]).toMatchObject({ change: "deleted", paragraphs: [{ change: "deleted", text: "Hello." }] });
  });
});
