import { describe, expect, it } from "vitest";
import { monthLabel, parseMonthText, readMonthCell, readNumberText, readText, readYesNo } from "./cell-values";

describe("months as people and spreadsheets write them", () => {
  it.each([
    ["Jan 2021", 2021, 1],
    ["January 2021", 2021, 1],
    ["Sept 2021", 2021, 9],
    ["sep 2021", 2021, 9],
    ["Jan-21", 2021, 1],
    ["Dec-2021", 2021, 12],
    ["2021-03", 2021, 3],
    ["2021-03-01", 2021, 3],
    ["03/2021", 2021, 3],
    ["15/03/2021", 2021, 3],
  ])("reads %s", (text, year, month) => {
    expect(parseMonthText(text)).toEqual({ year, month });
  });

  it.each(["Q3 2021", "2021", "Marble 2021", "Janu-ary 2021", "next month", "13/2021"])("does not take %s for a month", (text) => {
    const read = readMonthCell({ kind: "text", text });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toBe(`'${text}' is not a month. Write the month and year, like Jan 2021.`);
  });

  it("reads a date cell by its month, a blank as not given, and writes months as the template does", () => {
    expect(readMonthCell({ kind: "date", value: new Date(Date.UTC(2021, 11, 1)) })).toEqual({
      ok: true,
      value: { month: "12", year: "2021" },
    });
    expect(readMonthCell({ kind: "empty" })).toEqual({ ok: true, value: { month: "", year: "" } });
    expect(monthLabel("2021-09")).toBe("Sep 2021");
    expect(monthLabel(null)).toBe("");
  });
});

describe("other cells", () => {
  it("reads No local data as Yes or No, TRUE/FALSE cells too, and refuses anything else", () => {
    for (const text of ["Yes", "y", "TRUE", "x", "1"]) expect(readYesNo({ kind: "text", text })).toEqual({ ok: true, value: true });
    for (const text of ["No", "n", "false", "0", " "]) expect(readYesNo({ kind: "text", text })).toEqual({ ok: true, value: false });
    expect(readYesNo({ kind: "boolean", value: true })).toEqual({ ok: true, value: true });
    expect(readYesNo({ kind: "empty" })).toEqual({ ok: true, value: false });
    expect(readYesNo({ kind: "text", text: "maybe" })).toMatchObject({ ok: false });
  });

  it("reads numbers as the form's parser takes them and refuses dates and true/false in a value column", () => {
    expect(readNumberText({ kind: "number", value: 19018 })).toEqual({ ok: true, value: "19018" });
    expect(readNumberText({ kind: "text", text: " 86.5% " })).toEqual({ ok: true, value: "86.5%" });
    expect(readNumberText({ kind: "date", value: new Date(Date.UTC(2021, 0, 1)) })).toEqual({
      ok: false,
      message: "'2021-01-01' is a date, not a number.",
    });
    expect(readNumberText({ kind: "boolean", value: true })).toMatchObject({ ok: false });
  });

  it("takes off the quote the template CSV puts before text a spreadsheet would run as a formula", () => {
    expect(readText({ kind: "text", text: "'=HYPERLINK(1)" })).toBe("=HYPERLINK(1)");
    expect(readText({ kind: "text", text: "'-5% on last year" })).toBe("-5% on last year");
    expect(readText({ kind: "text", text: "'quoted' on purpose" })).toBe("'quoted' on purpose");
  });
});
