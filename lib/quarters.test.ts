import { describe, expect, it } from "vitest";
import { financialYearLabel, parseQuarterSlug, quarterLabel, quarterPeriod, quarterSlug } from "./quarters";

describe("labels", () => {
  it("writes the financial year as 2021/22", () => {
    expect(financialYearLabel(2021)).toBe("2021/22");
    expect(financialYearLabel(2009)).toBe("2009/10");
    expect(financialYearLabel(2000)).toBe("2000/01");
  });

  it("wraps the century with a leading zero", () => {
    expect(financialYearLabel(1999)).toBe("1999/00");
    expect(financialYearLabel(2099)).toBe("2099/00");
  });

  it("labels a quarter as 2021/22 Q3", () => {
    expect(quarterLabel(2021, 3)).toBe("2021/22 Q3");
    expect(quarterLabel(2023, 1)).toBe("2023/24 Q1");
    expect(quarterLabel(2008, 4)).toBe("2008/09 Q4");
  });
});

describe("quarterPeriod", () => {
  it.each([
    [2021, 1, "April to June 2021"],
    [2021, 2, "July to September 2021"],
    [2021, 3, "October to December 2021"],
    [2021, 4, "January to March 2022"],
    [1999, 4, "January to March 2000"],
  ])("%i Q%i covers %s", (fy, q, period) => {
    expect(quarterPeriod(fy, q)).toBe(period);
  });
});

describe("slugs", () => {
  it("writes a slug as 2021-22-q3", () => {
    expect(quarterSlug(2021, 3)).toBe("2021-22-q3");
    expect(quarterSlug(2009, 1)).toBe("2009-10-q1");
    expect(quarterSlug(1999, 4)).toBe("1999-00-q4");
  });

  it("parses a slug", () => {
    expect(parseQuarterSlug("2021-22-q3")).toEqual({ fyStart: 2021, quarter: 3 });
    expect(parseQuarterSlug("1999-00-q4")).toEqual({ fyStart: 1999, quarter: 4 });
  });

  it("round-trips every quarter of a range of years", () => {
    for (let fy = 1995; fy <= 2105; fy++) {
      for (let q = 1; q <= 4; q++) {
        expect(parseQuarterSlug(quarterSlug(fy, q))).toEqual({ fyStart: fy, quarter: q });
      }
    }
  });

  it.each([
    "2021-23-q3", // second year does not follow the first
    "2021-21-q3",
    "2021-22-q5", // no fifth quarter
    "2021-22-q0",
    "abc",
    "",
    "2021-22-Q3", // upper case
    "2021-22-q",
    "2021-2022-q3",
    "21-22-q3",
    "2021-22-q3 ",
    " 2021-22-q3",
    "2021-22-q3/extra",
    "x2021-22-q3",
    "2021/22 Q3", // a label is not a slug
  ])("rejects %j", (slug) => {
    expect(parseQuarterSlug(slug)).toBeNull();
  });
});
