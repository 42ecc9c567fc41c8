import { describe, it, expect } from "vitest";
import { ALL_PARAGRAPHS, FORCE_SECTIONS, MEASURE_KEYS } from "@/prisma/seed-data/reference-paper";
import { checkParagraph, summarise, type CheckedFigure, type NumberFinding } from "./check-paragraph";
import { DEMO_FIGURES } from "@/tests/fixtures/demo-figures";

// ALL_PARAGRAPHS[n - 1] is the paper's paragraph n.
const para = (n: number) => ALL_PARAGRAPHS[n - 1] ?? "";
const statusOf = (findings: NumberFinding[], text: string) => findings.find((f) => f.text === text)?.status;

describe("checkParagraph against the February 2022 paper", () => {
  it("flags nothing in the real force statement (paragraphs 4-36)", () => {
    const flagged = MEASURE_KEYS.flatMap((key) =>
      FORCE_SECTIONS[key].paragraphs.flatMap((text) => checkParagraph(text, DEMO_FIGURES[key])),
    ).filter((f) => f.status === "flagged");
    expect(flagged).toEqual([]);
  });

  it.each([
    [4, "homicide", ["46", "52", "12%"]],
    [8, "serious-violence", ["145", "70"]],
    [9, "serious-violence", ["162", "147", "15"]],
    [20, "neighbourhood", ["28,675", "19,018", "34%"]],
    [21, "neighbourhood", ["8,945", "7,509", "16%"]],
    [15, "drugs", ["1,087", "1,229"]],
    [30, "satisfaction", ["79%"]],
    [34, "cyber", ["2,738"]],
  ] as const)("confirms the figures quoted in paragraph %i", (n, key, expected) => {
    const findings = checkParagraph(para(n), DEMO_FIGURES[key]);
    for (const text of expected) expect(statusOf(findings, text), text).toBe("confirmed");
  });

  it("accepts the paper's rounding and says so", () => {
    const finding = checkParagraph(para(4), DEMO_FIGURES.homicide).find((f) => f.text === "12%");
    expect(finding).toMatchObject({ value: 12, isPercent: true, figure: "Homicides" });
    expect(finding?.message).toBe("Matches the % change of Homicides (11.5%, written as 12%).");
  });

  it("reports offsets into the paragraph", () => {
    const text = para(20);
    for (const f of checkParagraph(text, DEMO_FIGURES.neighbourhood)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe("checkParagraph catches wrong percentages", () => {
  it("flags a 15% reduction for homicides (46 against 52 is 11.5%)", () => {
    const text = para(4).replace("a 12% reduction", "a 15% reduction");
    const finding = checkParagraph(text, DEMO_FIGURES.homicide).find((f) => f.text === "15%");
    expect(finding?.status).toBe("flagged");
    expect(finding?.figure).toBe("Homicides");
    expect(finding?.message).toBe("Likely error: Homicides changed by 11.5% (12% when rounded), not 15%.");
  });

  it("flags a 43% reduction for burglary, even across a semicolon", () => {
    const text = para(20).replace("a 34%", "a 43%");
    const findings = checkParagraph(text, DEMO_FIGURES.neighbourhood);
    expect(statusOf(findings, "43%")).toBe("flagged");
    expect(summarise(findings)).toMatchObject({ flagged: 1 });
  });

  it("judges a percentage beside a figure's values against that figure only", () => {
    // 34% is Burglary's change, not Robbery's.
    const findings = checkParagraph("The year saw 7,509 robberies, a 34% reduction.", DEMO_FIGURES.neighbourhood);
    expect(statusOf(findings, "34%")).toBe("flagged");
  });

  it("accepts one decimal place", () => {
    const findings = checkParagraph("Homicides fell from 52 to 46 (11.5%).", DEMO_FIGURES.homicide);
    expect(statusOf(findings, "11.5%")).toBe("confirmed");
  });

  it("only notes a percentage when the figure has no change to compare", () => {
    // The SMS figure has no baseline or comparison, so 17% cannot be judged.
    const findings = checkParagraph(para(30), DEMO_FIGURES.satisfaction);
    expect(statusOf(findings, "17%")).toBe("noted");
  });
});

describe("number extraction", () => {
  const homicides: CheckedFigure[] = DEMO_FIGURES.homicide;

  it("skips years and financial years, and never flags codes", () => {
    const findings = checkParagraph("In 2020/21 and 2022-23, Q3 saw 46 cases among under 25s; DG6 applies, a 99% fall.", homicides);
    expect(findings.map((f) => f.text)).toEqual(["3", "46", "25", "6", "99%"]);
    expect(findings.filter((f) => ["3", "25", "6"].includes(f.text)).every((f) => f.status === "noted")).toBe(true);
    // 99% sits beside 46 (a Homicides value) in the same sentence, so it is judged, and wrong.
    expect(statusOf(findings, "99%")).toBe("flagged");
  });

  it("reads thousands separators and decimals", () => {
    const [a, b, c] = checkParagraph("We saw 19,018 and 11.5 and 10, 579.", homicides);
    expect([a?.value, b?.value, c?.value]).toEqual([19018, 11.5, 10]);
  });

  it("counts findings by status", () => {
    const findings = checkParagraph(para(4), homicides);
    expect(summarise(findings)).toEqual({ confirmed: 3, flagged: 0, noted: 0 });
  });
});

describe("carried-over text", () => {
  const homicides: CheckedFigure[] = [{ ...DEMO_FIGURES.homicide[0]!, latestValue: 48, previousValue: 46 }];

  it("flags last quarter's figure left in this quarter's text", () => {
    const findings = checkParagraph("Volumes saw 46 homicides in the last year.", homicides);
    expect(statusOf(findings, "46")).toBe("flagged");
    expect(findings.find((f) => f.text === "46")?.message).toBe(
      "Likely carried over: Homicides was 46 last quarter; this quarter's figure is 48.",
    );
  });

  it("confirms this quarter's figure, even where last quarter's equals it", () => {
    expect(statusOf(checkParagraph("There were 48 homicides.", homicides), "48")).toBe("confirmed");
    const same: CheckedFigure[] = [{ ...homicides[0]!, latestValue: 46, previousValue: 46 }];
    expect(statusOf(checkParagraph("There were 46 homicides.", same), "46")).toBe("confirmed");
  });

  it("says when this quarter's figure is not entered yet", () => {
    const empty: CheckedFigure[] = [{ ...homicides[0]!, latestValue: null }];
    expect(checkParagraph("There were 46 homicides.", empty).find((f) => f.text === "46")?.message).toBe(
      "Likely carried over: Homicides was 46 last quarter; this quarter's figure is not entered yet.",
    );
  });
});
