import { describe, expect, it } from "vitest";
import { dateToInput, isoToInput, meetingSchema, readDate } from "./meeting";

const date = (day: string, month: string, year: string) => ({ day, month, year });

describe("readDate: day, month and year boxes", () => {
  it.each([
    [date("22", "2", "2022"), "2022-02-22"],
    [date("1", "12", "2030"), "2030-12-01"],
    [date(" 07 ", "03", "2024"), "2024-03-07"],
    [date("29", "2", "2024"), "2024-02-29"],
  ])("%j is %s", (input, iso) => {
    expect(readDate(input, "meeting date")).toEqual({ ok: true, value: iso });
  });

  it("reads three blank boxes as no date", () => {
    expect(readDate(date("", " ", ""), "meeting date")).toEqual({ ok: true, value: "" });
  });

  it.each([
    [date("", "2", "2022"), "The meeting date must include a day"],
    [date("22", "", ""), "The meeting date must include a month and a year"],
    [date("", "", "2022"), "The meeting date must include a day and a month"],
  ])("names what is missing from %j", (input, start) => {
    const r = readDate(input, "meeting date");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message.startsWith(start)).toBe(true);
  });

  it.each([
    date("31", "2", "2022"),
    date("29", "2", "2023"),
    date("0", "1", "2022"),
    date("1", "13", "2022"),
    date("a", "1", "2022"),
    date("1", "1", "22"),
  ])("refuses %j as not a real date", (input) => {
    expect(readDate(input, "meeting date")).toEqual({ ok: false, message: "The meeting date must be a real date, like 22 2 2022" });
  });

  it("round-trips a stored date through the boxes", () => {
    expect(dateToInput(new Date("2022-02-22T00:00:00Z"))).toEqual(date("22", "2", "2022"));
    expect(dateToInput(null)).toEqual(date("", "", ""));
    expect(isoToInput("2030-02-15")).toEqual(date("15", "2", "2030"));
  });

  it("puts a bad date's message on the meeting date field", () => {
    const r = meetingSchema.safeParse({
      submissionId: "s",
      version: 1,
      boardName: "Board",
      meetingDate: date("31", "2", "2022"),
      agendaItem: "",
      planPriority: "",
      title: "Title",
      presenters: "",
    });
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["meetingDate", "The meeting date must be a real date, like 22 2 2022"],
    ]);
  });
});
