import { describe, expect, it } from "vitest";
import { figuresFormSchema, type FiguresFormInput } from "./figures";
import { NOT_A_PERCENTAGE, numberToInput, optionalNumber, optionalText, parseOptionalNumber, parseValue, valueProblem } from "./number";

describe("optionalNumber", () => {
  it.each([
    ["19,018", 19018],
    ["28,675", 28675],
    ["1,234,567", 1234567],
    ["1,234,567.5", 1234567.5],
    ["46", 46],
    ["0", 0],
    ["12.5", 12.5],
    ["1000", 1000],
    [" 46 ", 46],
    ["-3", -3],
  ])("parses %j as %s", (text, n) => {
    expect(optionalNumber.parse(text)).toBe(n);
  });

  it.each(["", "   ", "\t"])("reads blank %j as not given", (text) => {
    expect(optionalNumber.parse(text)).toBeNull();
  });

  it.each(["12a", "1,23", "1,2345", ",123", "12,", "1.", ".5", "1e3", "abc", "1 000", "£46", "--1", "0x10", "1.2.3", "1,000,00"])(
    "rejects %j",
    (text) => {
      const r = optionalNumber.safeParse(text);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("Enter a number, like 46 or 19,018");
    },
  );

  it("rejects a non-string", () => {
    expect(optionalNumber.safeParse(46).success).toBe(false);
  });
});

describe("percentages", () => {
  it.each([
    ["86.5%", 86.5],
    ["86.5 %", 86.5],
    ["86.5", 86.5],
    [" 79% ", 79],
    ["100%", 100],
    ["0%", 0],
  ])("a percentage field reads %j as %s", (text, n) => {
    expect(parseOptionalNumber(text, "PERCENTAGE")).toEqual({ ok: true, value: n });
  });

  it("says how to fix a percentage that is not a number", () => {
    for (const text of ["86,5%", "eighty", "86.5%%", "% 86"]) {
      expect(parseOptionalNumber(text, "PERCENTAGE")).toEqual({ ok: false, message: NOT_A_PERCENTAGE });
    }
  });

  it("refuses a % sign on a count or a rate, saying to leave it out", () => {
    for (const unit of ["COUNT", "RATE"] as const) {
      expect(parseOptionalNumber("46%", unit)).toEqual({ ok: false, message: "Enter a number without a % sign, like 46 or 19,018" });
    }
    expect(optionalNumber.safeParse("46%").error?.issues[0]?.message).toBe("Enter a number without a % sign, like 46 or 19,018");
  });

  it("bounds percentages with the same advice", () => {
    expect(parseValue("100.5%", "PERCENTAGE")).toEqual({ ok: false, message: NOT_A_PERCENTAGE });
    expect(parseValue("-1%", "PERCENTAGE")).toEqual({ ok: false, message: NOT_A_PERCENTAGE });
    expect(parseValue("86.5%", "PERCENTAGE")).toEqual({ ok: true, value: 86.5 });
    expect(parseValue("", "PERCENTAGE")).toEqual({ ok: true, value: null });
  });
});

describe("optionalText", () => {
  const period = optionalText(5, "Period");
  it("trims", () => {
    expect(period.parse("  Q3  ")).toBe("Q3");
  });
  it("allows exactly the maximum and refuses one more, with the label in the message", () => {
    expect(period.parse("12345")).toBe("12345");
    const r = period.safeParse("123456");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Period must be 5 characters or fewer");
  });
  it("measures the length after trimming", () => {
    expect(period.parse("  12345  ")).toBe("12345");
  });
});

describe("valueProblem", () => {
  it("accepts missing, zero and positive values", () => {
    expect(valueProblem(null, "COUNT")).toBeNull();
    expect(valueProblem(0, "COUNT")).toBeNull();
    expect(valueProblem(19018, "COUNT")).toBeNull();
    expect(valueProblem(1500, "RATE")).toBeNull();
  });
  it("refuses negative values in any unit", () => {
    for (const unit of ["COUNT", "RATE"] as const) expect(valueProblem(-0.1, unit)).toBe("Enter a number that is 0 or more");
    expect(valueProblem(-0.1, "PERCENTAGE")).toBe(NOT_A_PERCENTAGE);
  });
  it("bounds percentages to 0–100 inclusive", () => {
    expect(valueProblem(100, "PERCENTAGE")).toBeNull();
    expect(valueProblem(0, "PERCENTAGE")).toBeNull();
    expect(valueProblem(100.01, "PERCENTAGE")).toBe(NOT_A_PERCENTAGE);
    expect(valueProblem(101, "COUNT")).toBeNull();
  });
});

describe("numberToInput", () => {
  it("puts a stored number back in the text box", () => {
    expect(numberToInput(19018)).toBe("19018");
    expect(numberToInput(0)).toBe("0");
    expect(numberToInput(12.5)).toBe("12.5");
    expect(numberToInput(null)).toBe("");
    expect(numberToInput(undefined)).toBe("");
  });
  it("round-trips through optionalNumber", () => {
    for (const n of [0, 46, 19018, 12.5, 1234567.25]) expect(optionalNumber.parse(numberToInput(n))).toBe(n);
  });
});

type RowInput = FiguresFormInput["figures"][number];

const JAN_2021 = { month: "1", year: "2021" };
const DEC_2021 = { month: "12", year: "2021" };
const NONE = { month: "", year: "" };

const row = (over: Partial<RowInput> = {}): RowInput => ({
  figureId: "fig-1",
  version: 3,
  unit: "COUNT",
  latestValue: "",
  periodStart: NONE,
  periodEnd: NONE,
  periodNote: "",
  comparisonLabel: "",
  comparisonValue: "",
  noLocalData: false,
  noDataReason: "",
  proxyUsed: "",
  ...over,
});
const withPeriod = (over: Partial<RowInput> = {}) => row({ periodStart: JAN_2021, periodEnd: DEC_2021, ...over });

const parse = (...rows: RowInput[]) => figuresFormSchema.safeParse({ submissionId: "sub-1", figures: rows });

/** The issues as path → message, e.g. { "figures.0.periodStart": "…" }. */
const issues = (r: ReturnType<typeof parse>) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

const NEEDS_PERIOD = "Enter the months the latest value covers: the month and year it starts and ends";

describe("figuresFormSchema", () => {
  it("accepts a value with its period as months, and a note", () => {
    const r = parse(withPeriod({ latestValue: "19,018", periodNote: " Latest Home Office statistics " }));
    expect(r.success).toBe(true);
    expect(r.data?.figures[0]).toMatchObject({
      latestValue: 19018,
      periodStart: "2021-01",
      periodEnd: "2021-12",
      periodNote: "Latest Home Office statistics",
      comparisonValue: null,
      noLocalData: false,
    });
  });

  it("accepts a one-month period", () => {
    const r = parse(row({ latestValue: "79", unit: "PERCENTAGE", periodStart: DEC_2021, periodEnd: DEC_2021 }));
    expect(r.data?.figures[0]).toMatchObject({ latestValue: 79, periodStart: "2021-12", periodEnd: "2021-12" });
  });

  it("accepts 86.5% in a percentage field", () => {
    const r = parse(withPeriod({ unit: "PERCENTAGE", latestValue: "86.5%" }));
    expect(r.data?.figures[0]?.latestValue).toBe(86.5);
  });

  it("accepts a row left entirely blank", () => {
    const r = parse(row());
    expect(r.success).toBe(true);
    expect(r.data?.figures[0]).toMatchObject({ latestValue: null, comparisonValue: null, periodStart: null, periodEnd: null });
  });

  it("refuses a value without a period, with the message on the period's start", () => {
    expect(issues(parse(row({ latestValue: "46" })))).toEqual({ "figures.0.periodStart": NEEDS_PERIOD });
  });

  it("refuses half a period, naming the missing end", () => {
    expect(issues(parse(row({ latestValue: "46", periodStart: JAN_2021 })))).toEqual({
      "figures.0.periodEnd": "Enter the month and year the period ends, like December 2021",
    });
    expect(issues(parse(row({ latestValue: "46", periodEnd: DEC_2021 })))).toEqual({
      "figures.0.periodStart": "Enter the month and year the period starts, like January 2021",
    });
  });

  it("refuses a month without a year and a year that is not 4 digits", () => {
    expect(issues(parse(withPeriod({ latestValue: "46", periodStart: { month: "1", year: "" } })))).toEqual({
      "figures.0.periodStart": "Enter the year the period starts with 4 digits, like 2021",
    });
    expect(issues(parse(withPeriod({ latestValue: "46", periodEnd: { month: "", year: "2021" } })))).toEqual({
      "figures.0.periodEnd": "Choose the month the period ends, like December 2021",
    });
    expect(issues(parse(withPeriod({ latestValue: "46", periodEnd: { month: "12", year: "21" } })))).toEqual({
      "figures.0.periodEnd": "Enter the year the period ends with 4 digits, like 2021",
    });
    expect(issues(parse(withPeriod({ latestValue: "46", periodEnd: { month: "13", year: "2021" } })))).toEqual({
      "figures.0.periodEnd": "Choose the month the period ends from the list",
    });
  });

  it("refuses a period that ends before it starts", () => {
    expect(issues(parse(row({ latestValue: "46", periodStart: DEC_2021, periodEnd: JAN_2021 })))).toEqual({
      "figures.0.periodEnd": "The period must end in the same month as it starts, or later",
    });
  });

  it("keeps a period without a value (carried forward before the value is known)", () => {
    const r = parse(withPeriod());
    expect(r.success).toBe(true);
    expect(r.data?.figures[0]).toMatchObject({ latestValue: null, periodStart: "2021-01", periodEnd: "2021-12" });
  });

  it("refuses a value that is not a number", () => {
    expect(issues(parse(withPeriod({ latestValue: "12a" })))).toEqual({ "figures.0.latestValue": "Enter a number, like 46 or 19,018" });
  });

  it("refuses a percentage over 100 and accepts exactly 100", () => {
    expect(issues(parse(withPeriod({ unit: "PERCENTAGE", latestValue: "100.5" })))).toEqual({ "figures.0.latestValue": NOT_A_PERCENTAGE });
    expect(parse(withPeriod({ unit: "PERCENTAGE", latestValue: "100" })).success).toBe(true);
    expect(parse(withPeriod({ unit: "COUNT", latestValue: "101" })).success).toBe(true);
  });

  it("refuses a percentage comparison over 100", () => {
    expect(issues(parse(withPeriod({ unit: "PERCENTAGE", latestValue: "78", comparisonValue: "120", comparisonLabel: "2020" })))).toEqual({
      "figures.0.comparisonValue": NOT_A_PERCENTAGE,
    });
  });

  it("refuses negative values", () => {
    expect(issues(parse(withPeriod({ latestValue: "-1" })))).toEqual({ "figures.0.latestValue": "Enter a number that is 0 or more" });
    expect(issues(parse(withPeriod({ latestValue: "1", comparisonValue: "-5", comparisonLabel: "2020" })))).toEqual({
      "figures.0.comparisonValue": "Enter a number that is 0 or more",
    });
  });

  it("refuses a comparison value without its label", () => {
    expect(issues(parse(withPeriod({ latestValue: "1229", comparisonValue: "1,087" })))).toEqual({
      "figures.0.comparisonLabel": "Say what the comparison is, like Jan–Dec 2020",
    });
  });

  it("refuses a comparison label without its value", () => {
    expect(issues(parse(withPeriod({ latestValue: "1229", comparisonLabel: "2020/21" })))).toEqual({
      "figures.0.comparisonValue": "Enter the comparison value, or clear its label",
    });
  });

  it("accepts a comparison with its label", () => {
    const r = parse(withPeriod({ latestValue: "1,229", comparisonValue: "1,087", comparisonLabel: "2020/21" }));
    expect(r.success).toBe(true);
    expect(r.data?.figures[0]).toMatchObject({ latestValue: 1229, comparisonValue: 1087, comparisonLabel: "2020/21" });
  });

  it("reports several problems in one row at once", () => {
    expect(issues(parse(row({ unit: "PERCENTAGE", latestValue: "150", comparisonLabel: "2020" })))).toEqual({
      "figures.0.latestValue": NOT_A_PERCENTAGE,
      "figures.0.comparisonValue": "Enter the comparison value, or clear its label",
    });
  });

  it("points each problem at its own row", () => {
    expect(issues(parse(withPeriod({ latestValue: "1" }), row({ figureId: "fig-2", latestValue: "46" })))).toEqual({
      "figures.1.periodStart": NEEDS_PERIOD,
    });
  });

  describe("no local data", () => {
    it("refuses no local data without a reason", () => {
      for (const noDataReason of ["", "   "]) {
        expect(issues(parse(row({ noLocalData: true, noDataReason })))).toEqual({
          "figures.0.noDataReason": "Say why there is no local data",
        });
      }
    });

    it("accepts no local data with a reason", () => {
      const r = parse(row({ noLocalData: true, noDataReason: "Not published at force level", proxyUsed: "Regional figure" }));
      expect(r.success).toBe(true);
      expect(r.data?.figures[0]).toMatchObject({
        noLocalData: true,
        noDataReason: "Not published at force level",
        proxyUsed: "Regional figure",
        periodStart: null,
        periodEnd: null,
      });
    });

    // The form hides the value fields once "no local data" is ticked (react-hook-form keeps
    // their values), and saveFigures discards them, so leftover text there must not block saving.
    it("accepts no local data with a reason even if the hidden fields hold bad or unpaired entries", () => {
      const r = parse(
        row({
          unit: "PERCENTAGE",
          noLocalData: true,
          noDataReason: "Not published",
          latestValue: "12a",
          periodStart: { month: "3", year: "20" },
          comparisonValue: "n/a",
        }),
      );
      expect(issues(r)).toEqual({});
      expect(r.success).toBe(true);
    });
  });

  it("needs at least one row and a submission", () => {
    expect(figuresFormSchema.safeParse({ submissionId: "sub-1", figures: [] }).success).toBe(false);
    expect(figuresFormSchema.safeParse({ submissionId: "", figures: [withPeriod({ latestValue: "1" })] }).success).toBe(false);
  });

  it("needs a figure id, an integer version and a known unit", () => {
    expect(parse(row({ figureId: "" })).success).toBe(false);
    expect(parse(row({ version: 1.5 })).success).toBe(false);
    expect(parse(row({ unit: "SCORE" as RowInput["unit"] })).success).toBe(false);
  });

  it("limits the length of the note", () => {
    expect(issues(parse(withPeriod({ latestValue: "1", periodNote: "x".repeat(201) })))).toEqual({
      "figures.0.periodNote": "Note must be 200 characters or fewer",
    });
  });
});
