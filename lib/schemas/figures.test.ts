import { describe, expect, it } from "vitest";
import { Unit } from "@/generated/prisma/enums";
import { figuresFormSchema, type FiguresFormInput } from "./figures";
import { numberToInput, optionalNumber, optionalText, valueProblem } from "./number";

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

  it.each(["12a", "1,23", "1,2345", ",123", "12,", "1.", ".5", "1e3", "abc", "1 000", "£46", "46%", "--1", "0x10", "1.2.3", "1,000,00"])(
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
    for (const unit of Object.values(Unit)) expect(valueProblem(-0.1, unit)).toBe("Enter a number that is 0 or more");
  });
  it("bounds percentages to 0–100 inclusive", () => {
    expect(valueProblem(100, "PERCENTAGE")).toBeNull();
    expect(valueProblem(0, "PERCENTAGE")).toBeNull();
    expect(valueProblem(100.01, "PERCENTAGE")).toBe("Enter a percentage between 0 and 100");
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

const row = (over: Partial<RowInput> = {}): RowInput => ({
  figureId: "fig-1",
  version: 3,
  unit: "COUNT",
  latestValue: "",
  latestPeriod: "",
  comparisonLabel: "",
  comparisonValue: "",
  noLocalData: false,
  noDataReason: "",
  proxyUsed: "",
  ...over,
});

const parse = (...rows: RowInput[]) => figuresFormSchema.safeParse({ submissionId: "sub-1", figures: rows });

/** The issues as path → message, e.g. { "figures.0.latestPeriod": "…" }. */
const issues = (r: ReturnType<typeof parse>) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("figuresFormSchema", () => {
  it("accepts a value with its period and parses the number", () => {
    const r = parse(row({ latestValue: "19,018", latestPeriod: " Jan–Dec 2021 " }));
    expect(r.success).toBe(true);
    expect(r.data?.figures[0]).toMatchObject({
      latestValue: 19018,
      latestPeriod: "Jan–Dec 2021",
      comparisonValue: null,
      noLocalData: false,
    });
  });

  it("accepts a row left entirely blank", () => {
    const r = parse(row());
    expect(r.success).toBe(true);
    expect(r.data?.figures[0]).toMatchObject({ latestValue: null, comparisonValue: null });
  });

  it("refuses a value without a period, with the message on latestPeriod", () => {
    const r = parse(row({ latestValue: "46" }));
    expect(r.success).toBe(false);
    expect(issues(r)).toEqual({ "figures.0.latestPeriod": "Enter the period the latest value covers, like Jan–Dec 2021" });
  });

  it("refuses a value with a whitespace-only period", () => {
    expect(issues(parse(row({ latestValue: "46", latestPeriod: "   " })))).toEqual({
      "figures.0.latestPeriod": "Enter the period the latest value covers, like Jan–Dec 2021",
    });
  });

  it("refuses a period without a value, with the message on latestValue", () => {
    expect(issues(parse(row({ latestPeriod: "Jan–Dec 2021" })))).toEqual({
      "figures.0.latestValue": "Enter the latest value, or clear the period",
    });
  });

  it("refuses a value that is not a number", () => {
    expect(issues(parse(row({ latestValue: "12a", latestPeriod: "2021" })))).toEqual({
      "figures.0.latestValue": "Enter a number, like 46 or 19,018",
    });
  });

  it("refuses a percentage over 100 and accepts exactly 100", () => {
    expect(issues(parse(row({ unit: "PERCENTAGE", latestValue: "100.5", latestPeriod: "2021" })))).toEqual({
      "figures.0.latestValue": "Enter a percentage between 0 and 100",
    });
    expect(parse(row({ unit: "PERCENTAGE", latestValue: "100", latestPeriod: "2021" })).success).toBe(true);
    expect(parse(row({ unit: "COUNT", latestValue: "101", latestPeriod: "2021" })).success).toBe(true);
  });

  it("refuses a percentage comparison over 100", () => {
    expect(
      issues(parse(row({ unit: "PERCENTAGE", latestValue: "78", latestPeriod: "2021", comparisonValue: "120", comparisonLabel: "2020" }))),
    ).toEqual({
      "figures.0.comparisonValue": "Enter a percentage between 0 and 100",
    });
  });

  it("refuses negative values", () => {
    expect(issues(parse(row({ latestValue: "-1", latestPeriod: "2021" })))).toEqual({
      "figures.0.latestValue": "Enter a number that is 0 or more",
    });
    expect(issues(parse(row({ latestValue: "1", latestPeriod: "2021", comparisonValue: "-5", comparisonLabel: "2020" })))).toEqual({
      "figures.0.comparisonValue": "Enter a number that is 0 or more",
    });
  });

  it("refuses a comparison value without its label", () => {
    expect(issues(parse(row({ latestValue: "1229", latestPeriod: "2021/22", comparisonValue: "1,087" })))).toEqual({
      "figures.0.comparisonLabel": "Say what the comparison is, like Jan–Dec 2020",
    });
  });

  it("refuses a comparison label without its value", () => {
    expect(issues(parse(row({ latestValue: "1229", latestPeriod: "2021/22", comparisonLabel: "2020/21" })))).toEqual({
      "figures.0.comparisonValue": "Enter the comparison value, or clear its label",
    });
  });

  it("accepts a comparison with its label", () => {
    const r = parse(row({ latestValue: "1,229", latestPeriod: "2021/22", comparisonValue: "1,087", comparisonLabel: "2020/21" }));
    expect(r.success).toBe(true);
    expect(r.data?.figures[0]).toMatchObject({ latestValue: 1229, comparisonValue: 1087, comparisonLabel: "2020/21" });
  });

  it("reports several problems in one row at once", () => {
    expect(issues(parse(row({ unit: "PERCENTAGE", latestValue: "150", comparisonLabel: "2020" })))).toEqual({
      "figures.0.latestValue": "Enter a percentage between 0 and 100",
      "figures.0.latestPeriod": "Enter the period the latest value covers, like Jan–Dec 2021",
      "figures.0.comparisonValue": "Enter the comparison value, or clear its label",
    });
  });

  it("points each problem at its own row", () => {
    expect(issues(parse(row({ latestValue: "1", latestPeriod: "2021" }), row({ figureId: "fig-2", latestValue: "46" })))).toEqual({
      "figures.1.latestPeriod": "Enter the period the latest value covers, like Jan–Dec 2021",
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
      });
    });

    it("accepts no local data with a reason even if the hidden value fields hold out-of-range or unpaired numbers", () => {
      const r = parse(
        row({
          unit: "PERCENTAGE",
          noLocalData: true,
          noDataReason: "Not published",
          latestValue: "150",
          latestPeriod: "",
          comparisonValue: "-3",
          comparisonLabel: "",
        }),
      );
      expect(r.success).toBe(true);
    });

    // The form hides the value fields once "no local data" is ticked (react-hook-form keeps
    // their values), and saveFigures discards them, so leftover text there must not block
    // saving. It does: optionalNumber fails before the row's noLocalData check runs, and the
    // error lands on a field the user cannot see.
    it("accepts no local data with a reason even if the hidden value fields hold non-numeric text", () => {
      const r = parse(row({ noLocalData: true, noDataReason: "Not published", latestValue: "12a", comparisonValue: "n/a" }));
      expect(issues(r)).toEqual({});
      expect(r.success).toBe(true);
    });
  });

  it("needs at least one row and a submission", () => {
    expect(figuresFormSchema.safeParse({ submissionId: "sub-1", figures: [] }).success).toBe(false);
    expect(figuresFormSchema.safeParse({ submissionId: "", figures: [row({ latestValue: "1", latestPeriod: "2021" })] }).success).toBe(
      false,
    );
  });

  it("needs a figure id, an integer version and a known unit", () => {
    expect(parse(row({ figureId: "" })).success).toBe(false);
    expect(parse(row({ version: 1.5 })).success).toBe(false);
    expect(parse(row({ unit: "SCORE" as RowInput["unit"] })).success).toBe(false);
  });

  it("limits the length of the period", () => {
    expect(issues(parse(row({ latestValue: "1", latestPeriod: "x".repeat(81) })))).toEqual({
      "figures.0.latestPeriod": "Period must be 80 characters or fewer",
    });
  });
});
