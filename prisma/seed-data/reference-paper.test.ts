import { describe, it, expect } from "vitest";
import {
  ALL_PARAGRAPHS,
  FORCE_SECTIONS,
  MEASURE_KEYS,
  PCC_INTRO,
  PCC_THEMES,
  PURPOSE,
  RECOMMENDATIONS,
  REPORTING_FREQUENCY,
} from "./reference-paper";

// ALL_PARAGRAPHS[n - 1] is the paper's paragraph n.
const para = (n: number) => ALL_PARAGRAPHS[n - 1] ?? "";

describe("reference paper transcription", () => {
  it("has the paper's 70 numbered paragraphs", () => {
    expect(ALL_PARAGRAPHS).toHaveLength(70);
  });

  it("splits the paragraphs into the paper's parts", () => {
    const force = MEASURE_KEYS.flatMap((key) => FORCE_SECTIONS[key].paragraphs);
    const pcc = [...PCC_INTRO.paragraphs, ...PCC_THEMES.flatMap((theme) => theme.paragraphs)];
    expect([PURPOSE.length, force.length, pcc.length, REPORTING_FREQUENCY.length, RECOMMENDATIONS.length]).toEqual([3, 33, 32, 1, 1]);
  });

  it("keeps the figures and wording as printed", () => {
    expect(para(4)).toContain("46 homicides");
    expect(para(4)).toContain("a 12% reduction");
    expect(para(70)).toBe("The board is asked to note the contents of this report.");
    expect(para(22)).toContain("car parts is driving demand for these parts, including microprocessors and semiconductors, and");
    expect(para(34).endsWith("(including hacking)” offences.")).toBe(true);
  });

  it("has no leaked paragraph numbers, newlines or doubled spaces", () => {
    for (const text of ALL_PARAGRAPHS) {
      expect(text).not.toMatch(/^\d+\. /);
      expect(text).not.toContain("\n");
      expect(text).not.toContain("  ");
      expect(text).toBe(text.trim());
    }
  });

  it("uses the printed headings", () => {
    expect(FORCE_SECTIONS.homicide.heading).toBe("Measure: Reduce Murder and other homicide");
    expect(PCC_INTRO.heading).toBe("Introduction");
    expect(PCC_THEMES.map((theme) => theme.heading)).toEqual([
      "Homicides and Serious violence",
      "Drug Supply and County Lines",
      "Neighbourhood crime",
      "Victim satisfaction",
      "Fraud and cybercrime",
    ]);
  });
});
