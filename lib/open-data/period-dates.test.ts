import { describe, expect, it } from "vitest";
import { monthToDate } from "@/lib/periods/months";
import { periodEndDate, periodStartDate } from "./period-dates";

describe("periods as ISO dates", () => {
  it("run from the first day of the first month to the last day of the last", () => {
    expect(periodStartDate(monthToDate("2021-01"))).toBe("2021-01-01");
    expect(periodEndDate(monthToDate("2021-12"))).toBe("2021-12-31");
    // The national baseline: the year ending June 2019.
    expect([periodStartDate(monthToDate("2018-07")), periodEndDate(monthToDate("2019-06"))]).toEqual(["2018-07-01", "2019-06-30"]);
  });

  it("know each month's length, leap years included", () => {
    expect(periodEndDate(monthToDate("2024-02"))).toBe("2024-02-29");
    expect(periodEndDate(monthToDate("2023-02"))).toBe("2023-02-28");
    expect(periodEndDate(monthToDate("2100-02"))).toBe("2100-02-28");
    expect(periodEndDate(monthToDate("2021-04"))).toBe("2021-04-30");
  });

  it("give null for no period", () => {
    expect(periodStartDate(null)).toBeNull();
    expect(periodEndDate(undefined)).toBeNull();
  });
});
