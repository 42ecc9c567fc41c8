import { describe, expect, it } from "vitest";
import {
  DEFAULT_CLEAR_DAYS,
  bankHolidayName,
  clearDaysSetting,
  clearWorkingDaysBetween,
  deadlineStatus,
  isBankHoliday,
  isWorkingDay,
  publicationDeadline,
  toIsoDate,
} from "./working-days";

describe("bank holidays (from date-holidays, checked against gov.uk)", () => {
  it("includes the Christmas 2021 and New Year 2022 substitute days", () => {
    expect(bankHolidayName("2021-12-27")).toBe("Christmas Day (substitute day)");
    expect(bankHolidayName("2021-12-28")).toBe("Boxing Day (substitute day)");
    expect(bankHolidayName("2022-01-03")).toBe("New Year's Day (substitute day)");
    expect(isBankHoliday("2022-01-01")).toBe(true); // Saturday, but still the holiday itself
    expect(isBankHoliday("2021-12-29")).toBe(false);
    expect(isBankHoliday("2021-12-24")).toBe(false);
  });

  it("includes Easter 2022 and 2024 but not Easter Sunday (an observance)", () => {
    for (const d of ["2022-04-15", "2022-04-18", "2024-03-29", "2024-04-01"]) expect(isBankHoliday(d)).toBe(true);
    expect(isBankHoliday("2022-04-17")).toBe(false);
    expect(isBankHoliday("2022-03-27")).toBe(false); // Mother's Day
  });

  it("includes one-off holidays", () => {
    expect(isBankHoliday("2022-06-03")).toBe(true); // Platinum Jubilee
    expect(isBankHoliday("2022-09-19")).toBe(true); // State funeral
    expect(isBankHoliday("2023-05-08")).toBe(true); // Coronation
  });
});

describe("isWorkingDay", () => {
  it("excludes weekends and bank holidays", () => {
    expect(isWorkingDay("2022-02-18")).toBe(true); // Friday
    expect(isWorkingDay("2022-02-19")).toBe(false);
    expect(isWorkingDay("2022-02-20")).toBe(false);
    expect(isWorkingDay("2022-04-18")).toBe(false);
  });

  it("rejects impossible dates rather than rolling them over", () => {
    expect(() => isWorkingDay("2022-02-30")).toThrow(RangeError);
    expect(() => isWorkingDay("22-2-1")).toThrow(RangeError);
  });
});

describe("clearWorkingDaysBetween", () => {
  it("counts working days exclusive of both ends", () => {
    expect(clearWorkingDaysBetween("2022-02-14", "2022-02-22")).toBe(5);
    expect(clearWorkingDaysBetween("2022-02-14", "2022-02-15")).toBe(0);
    expect(clearWorkingDaysBetween("2022-02-14", "2022-02-14")).toBe(0);
    expect(clearWorkingDaysBetween("2022-02-22", "2022-02-14")).toBe(0);
    expect(clearWorkingDaysBetween("2022-02-18", "2022-02-21")).toBe(0); // Fri -> Mon
    expect(clearWorkingDaysBetween("2021-12-24", "2022-01-04")).toBe(3); // 29, 30, 31 Dec
  });
});

describe("publicationDeadline", () => {
  it("leaves five clear working days before a Tuesday meeting", () => {
    // Clear days: 15, 16, 17, 18, 21 Feb.
    expect(publicationDeadline("2022-02-22")).toBe("2022-02-14");
    expect(DEFAULT_CLEAR_DAYS).toBe(5);
  });

  it("skips weekends", () => {
    // Clear days: 16, 17, 18, 21, 22 Feb; 19 and 20 are a weekend.
    expect(publicationDeadline("2022-02-23", 5)).toBe("2022-02-15");
  });

  it("skips Christmas 2021 and New Year 2022 substitute days", () => {
    // Clear days: 24, 29, 30, 31 Dec, 4 Jan; 27, 28 Dec and 3 Jan are substitute bank holidays.
    expect(publicationDeadline("2022-01-05", 5)).toBe("2021-12-23");
  });

  it("skips Good Friday and Easter Monday 2022", () => {
    // Clear days: 12, 13, 14, 19, 20 Apr.
    expect(publicationDeadline("2022-04-21", 5)).toBe("2022-04-11");
  });

  it("skips Good Friday and Easter Monday 2024", () => {
    // Clear days: 26, 27, 28 Mar, 2, 3 Apr.
    expect(publicationDeadline("2024-04-04", 5)).toBe("2024-03-25");
  });

  it("honours other clear-day settings", () => {
    expect(publicationDeadline("2022-02-22", 0)).toBe("2022-02-21");
    expect(publicationDeadline("2022-02-22", 1)).toBe("2022-02-20");
    expect(() => publicationDeadline("2022-02-22", -1)).toThrow(RangeError);
  });

  it("always leaves exactly N clear days, and one fewer if published a day later", () => {
    for (let ms = Date.UTC(2021, 11, 1); ms <= Date.UTC(2024, 11, 31); ms += 86_400_000 * 3) {
      const meeting = new Date(ms).toISOString().slice(0, 10);
      const deadline = publicationDeadline(meeting, 5);
      const dayAfter = new Date(Date.parse(deadline) + 86_400_000).toISOString().slice(0, 10);
      expect(clearWorkingDaysBetween(deadline, meeting)).toBe(5);
      expect(clearWorkingDaysBetween(dayAfter, meeting)).toBe(4);
    }
  });
});

describe("deadlineStatus (meeting 22 Feb 2022, deadline Mon 14 Feb)", () => {
  const status = (today: string) => deadlineStatus("2022-02-22", today, 5);

  it("is ok with more than five working days left", () => {
    expect(status("2022-02-07")).toEqual({ deadline: "2022-02-14", workingDaysLeft: 6, level: "ok" });
  });

  it("is amber with three to five working days left", () => {
    expect(status("2022-02-08")).toMatchObject({ workingDaysLeft: 5, level: "amber" });
    expect(status("2022-02-10")).toMatchObject({ workingDaysLeft: 3, level: "amber" });
  });

  it("is red with two or fewer working days left", () => {
    expect(status("2022-02-11")).toMatchObject({ workingDaysLeft: 2, level: "red" });
    expect(status("2022-02-12")).toMatchObject({ workingDaysLeft: 1, level: "red" }); // Saturday
    expect(status("2022-02-14")).toMatchObject({ workingDaysLeft: 1, level: "red" });
  });

  it("is overdue after the deadline", () => {
    expect(status("2022-02-15")).toEqual({ deadline: "2022-02-14", workingDaysLeft: 0, level: "overdue" });
    expect(status("2022-03-01").level).toBe("overdue");
  });
});

describe("toIsoDate", () => {
  it("gives the Europe/London calendar date", () => {
    expect(toIsoDate(new Date(Date.UTC(2022, 1, 22)))).toBe("2022-02-22");
    expect(toIsoDate(new Date(Date.UTC(2022, 6, 1)))).toBe("2022-07-01");
    expect(toIsoDate(new Date("2022-06-30T23:30:00Z"))).toBe("2022-07-01"); // BST
    expect(toIsoDate(new Date("2022-01-31T23:30:00Z"))).toBe("2022-01-31"); // GMT
  });
});

describe("clearDaysSetting", () => {
  // Next types NODE_ENV as required on ProcessEnv; these fakes do not need it.
  const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

  it("reads PUBLICATION_CLEAR_WORKING_DAYS", () => {
    expect(clearDaysSetting(env({}))).toBe(5);
    expect(clearDaysSetting(env({ PUBLICATION_CLEAR_WORKING_DAYS: "10" }))).toBe(10);
    expect(clearDaysSetting(env({ PUBLICATION_CLEAR_WORKING_DAYS: " 7 " }))).toBe(7);
    expect(clearDaysSetting(env({ PUBLICATION_CLEAR_WORKING_DAYS: "0" }))).toBe(0);
    expect(clearDaysSetting(env({ PUBLICATION_CLEAR_WORKING_DAYS: "30" }))).toBe(30);
  });

  it("falls back to the default when invalid", () => {
    for (const v of ["", "31", "-1", "3.5", "abc", "5days", "1e1"]) {
      expect(clearDaysSetting(env({ PUBLICATION_CLEAR_WORKING_DAYS: v }))).toBe(5);
    }
  });
});
