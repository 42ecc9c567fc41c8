import { describe, expect, it } from "vitest";
import { numberParagraphs } from "./number-paragraphs";

const section = (id: string, kind: string, position: number, texts: string[]) => ({
  id,
  kind,
  position,
  paragraphs: texts.map((text) => ({ text })),
});

describe("numberParagraphs", () => {
  // Deliberately out of paper order: the paper runs purpose, measures, PCC intro, PCC themes,
  // reporting, recommendations, and by position within a kind.
  const shuffled = [
    section("recs", "RECOMMENDATIONS", 0, ["Note the report."]),
    section("theme-2", "PCC_THEME", 1, ["Drugs theme."]),
    section("measure-2", "MEASURE", 1, ["Violence 1.", "Violence 2."]),
    section("reporting", "REPORTING", 0, ["Quarterly."]),
    section("purpose", "PURPOSE", 0, ["This paper…", "It covers…"]),
    section("theme-1", "PCC_THEME", 0, ["Homicide theme."]),
    section("intro", "PCC_INTRO", 0, ["The PCC says…"]),
    section("measure-1", "MEASURE", 0, ["Homicide 1.", "Homicide 2.", "Homicide 3."]),
  ];

  it("puts sections in paper order", () => {
    expect(numberParagraphs(shuffled).map((s) => s.id)).toEqual([
      "purpose",
      "measure-1",
      "measure-2",
      "intro",
      "theme-1",
      "theme-2",
      "reporting",
      "recs",
    ]);
  });

  it("numbers paragraphs continuously from 1 across all sections", () => {
    const result = numberParagraphs(shuffled);
    expect(result.flatMap((s) => s.numbered.map((p) => `${p.number}. ${p.text}`))).toEqual([
      "1. This paper…",
      "2. It covers…",
      "3. Homicide 1.",
      "4. Homicide 2.",
      "5. Homicide 3.",
      "6. Violence 1.",
      "7. Violence 2.",
      "8. The PCC says…",
      "9. Homicide theme.",
      "10. Drugs theme.",
      "11. Quarterly.",
      "12. Note the report.",
    ]);
  });

  it("numbers the same whatever order the sections arrive in", () => {
    const expected = numberParagraphs(shuffled).map((s) => [s.id, s.numbered]);
    expect(numberParagraphs([...shuffled].reverse()).map((s) => [s.id, s.numbered])).toEqual(expected);
    const rotated = [...shuffled.slice(3), ...shuffled.slice(0, 3)];
    expect(numberParagraphs(rotated).map((s) => [s.id, s.numbered])).toEqual(expected);
  });

  it("gives a section with no paragraphs no numbers and does not skip a number", () => {
    const result = numberParagraphs([
      section("m", "MEASURE", 0, ["b"]),
      section("p", "PURPOSE", 0, []),
      section("r", "REPORTING", 0, ["c"]),
    ]);
    expect(result.map((s) => [s.id, s.numbered.map((p) => p.number)])).toEqual([
      ["p", []],
      ["m", [1]],
      ["r", [2]],
    ]);
  });

  it("starts again from 1 on every call", () => {
    numberParagraphs(shuffled);
    expect(numberParagraphs(shuffled)[0]!.numbered[0]!.number).toBe(1);
  });

  it("keeps the sections' own fields and does not reorder or change the input", () => {
    const input = [section("m", "MEASURE", 0, ["x"]), section("p", "PURPOSE", 0, ["y"])];
    const copy = structuredClone(input);
    const result = numberParagraphs(input);
    expect(input).toEqual(copy);
    expect(result[0]).toMatchObject({ id: "p", kind: "PURPOSE", position: 0, paragraphs: [{ text: "y" }] });
    expect(result[1]).toMatchObject({ id: "m", numbered: [{ number: 2, text: "x" }] });
  });

  it("returns nothing for no sections", () => {
    expect(numberParagraphs([])).toEqual([]);
  });
});
