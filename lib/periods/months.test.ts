import { describe, expect, it } from "vitest";
import {
  addMonths,
  advanceMonthsInText,
  formatPeriod,
  formatStoredPeriod,
  isMonth,
  isoDate,
  monthOf,
  monthsCovered,
  monthToDate,
  NATIONAL_BASELINE,
  toMonth,
} from "./months";

describe("month arithmetic", () => {
  it.each([
    ["2021-01", 3, "2021-04"],
    ["2021-10", 3, "2022-01"],
    ["2021-12", 1, "2022-01"],
    ["2022-01", -1, "2021-12"],
    ["2018-07", 11, "2019-06"],
    ["2021-11", 15, "2023-02"],
    ["2021-03", -15, "2019-12"],
    ["2021-06", 0, "2021-06"],
  ])("%s + %i months = %s", (month, count, expected) => {
    expect(addMonths(month, count)).toBe(expected);
  });

  it("normalises an overflowing month number into the next year", () => {
    expect(toMonth(2021, 13)).toBe("2022-01");
    expect(toMonth(2021, 0)).toBe("2020-12");
  });

  it("stores a month as its first day at midnight UTC and reads it back", () => {
    expect(monthToDate("2021-12").toISOString()).toBe("2021-12-01T00:00:00.000Z");
    expect(monthOf(new Date("2021-12-01T00:00:00Z"))).toBe("2021-12");
    // Any instant in the month reads as that month.
    expect(monthOf(new Date("2021-12-31T23:59:59Z"))).toBe("2021-12");
    expect(isoDate("2019-06")).toBe("2019-06-01");
  });

  it("counts the months a period covers, both ends included", () => {
    expect(monthsCovered("2021-01", "2021-12")).toBe(12);
    expect(monthsCovered(NATIONAL_BASELINE.start, NATIONAL_BASELINE.end)).toBe(12);
    expect(monthsCovered("2021-12", "2021-12")).toBe(1);
    expect(monthsCovered("2021-12", "2021-11")).toBe(0);
  });

  it("knows a month when it sees one", () => {
    expect(isMonth("2021-01")).toBe(true);
    for (const bad of ["2021-13", "2021-00", "2021-1", "21-01", "2021-01-01", ""]) expect(isMonth(bad)).toBe(false);
    expect(() => monthToDate("2021-13")).toThrow();
  });
});

describe("formatPeriod: the paper's wording", () => {
  it.each([
    ["2021-01", "2021-12", "Jan–Dec 2021"],
    ["2020-11", "2021-10", "Nov 2020–Oct 2021"],
    ["2021-12", "2021-12", "December 2021"],
    ["2021-04", "2021-12", "Apr–Dec 2021"],
    ["2020-10", "2021-09", "Oct 2020–Sep 2021"],
    ["2018-07", "2019-06", "Jul 2018–Jun 2019"],
  ])("%s to %s is %s", (start, end, words) => {
    expect(formatPeriod(start, end)).toBe(words);
  });

  it("is null without both ends", () => {
    expect(formatPeriod(null, "2021-12")).toBeNull();
    expect(formatPeriod("2021-01", null)).toBeNull();
    expect(formatStoredPeriod(null, undefined)).toBeNull();
  });

  it("formats stored dates", () => {
    expect(formatStoredPeriod(new Date("2021-01-01T00:00:00Z"), new Date("2021-12-01T00:00:00Z"))).toBe("Jan–Dec 2021");
  });
});

describe("advanceMonthsInText: carried-forward wording", () => {
  it.each([
    ["Year ending Sep 2021", "Year ending Dec 2021"],
    ["Year ending December 2021", "Year ending March 2022"],
    ["Jan–Dec 2020", "Apr 2020–Mar 2021"],
    ["Nov 2020–Oct 2021", "Feb 2021–Jan 2022"],
    ["Oct-Dec 2021", "Jan–Mar 2022"],
    ["Nov–Feb 2022", "Feb–May 2022"],
    ["Home Office statistics to September 2021, published January 2022", "Home Office statistics to December 2021, published April 2022"],
    ["Sept 2021", "Dec 2021"],
  ])("%j → %j", (text, expected) => {
    expect(advanceMonthsInText(text, 3)).toBe(expected);
  });

  it.each(["Last full 12 months", "Police recorded crime (Home Office)", "Financial year to date", "May", "2021/22", ""])(
    "leaves %j alone",
    (text) => {
      expect(advanceMonthsInText(text, 3)).toBe(text);
    },
  );
});
