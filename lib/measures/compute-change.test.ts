import { describe, expect, it } from "vitest";
import {
  computeChange,
  describePercentChange,
  formatChange,
  formatValue,
  OUTCOME_LABELS,
  type Change,
  type FigureValues,
} from "./compute-change";

const figure = (over: Partial<FigureValues>): FigureValues => ({
  unit: "COUNT",
  betterWhen: "LOWER_IS_BETTER",
  baselineLabel: "Year ending June 2019",
  baselineValue: null,
  latestValue: null,
  ...over,
});

const changeOf = (over: Partial<FigureValues>): Change => {
  const c = computeChange(figure(over));
  if (!c) throw new Error("expected a change");
  return c;
};

describe("computeChange against the baseline", () => {
  it("homicides 46 against 52: a 12% reduction, better", () => {
    const c = changeOf({ baselineValue: 52, latestValue: 46 });
    expect(c.against).toBe("baseline");
    expect(c.referenceLabel).toBe("Year ending June 2019");
    expect(c.referenceValue).toBe(52);
    expect(c.latestValue).toBe(46);
    expect(c.change).toBe(-6);
    expect(c.percentChange).toBeCloseTo(-11.538, 3);
    expect(c.roundedPercent).toBe(12);
    expect(c.outcome).toBe("better");
    expect(describePercentChange(c)).toBe("12% reduction");
  });

  it("burglary 28,675 → 19,018: a 34% reduction", () => {
    const c = changeOf({ baselineValue: 28675, latestValue: 19018 });
    expect(c.change).toBe(-9657);
    expect(c.percentChange).toBeCloseTo(-33.677, 3);
    expect(c.roundedPercent).toBe(34);
    expect(describePercentChange(c)).toBe("34% reduction");
    expect(c.outcome).toBe("better");
  });

  it("robbery 8,945 → 7,509: a 16% reduction", () => {
    const c = changeOf({ baselineValue: 8945, latestValue: 7509 });
    expect(c.change).toBe(-1436);
    expect(c.roundedPercent).toBe(16);
    expect(describePercentChange(c)).toBe("16% reduction");
  });

  it("firearm discharges 162 → 147: change −15, a 9% reduction", () => {
    const c = changeOf({ baselineValue: 162, latestValue: 147 });
    expect(c.change).toBe(-15);
    expect(c.percentChange).toBeCloseTo(-9.259, 3);
    expect(c.roundedPercent).toBe(9);
    expect(formatChange(c, "COUNT")).toBe("−15");
  });

  it("an increase in a lower-is-better measure is worse", () => {
    const c = changeOf({ baselineValue: 52, latestValue: 60 });
    expect(c.change).toBe(8);
    expect(c.roundedPercent).toBe(15);
    expect(c.outcome).toBe("worse");
    expect(describePercentChange(c)).toBe("15% increase");
  });

  it("higher-is-better: an increase is better and a decrease is worse", () => {
    const up = changeOf({ betterWhen: "HIGHER_IS_BETTER", baselineValue: 200, latestValue: 250 });
    expect(up.change).toBe(50);
    expect(up.percentChange).toBe(25);
    expect(up.outcome).toBe("better");
    expect(describePercentChange(up)).toBe("25% increase");
    const down = changeOf({ betterWhen: "HIGHER_IS_BETTER", baselineValue: 200, latestValue: 150 });
    expect(down.change).toBe(-50);
    expect(down.percentChange).toBe(-25);
    expect(down.outcome).toBe("worse");
    expect(describePercentChange(down)).toBe("25% reduction");
  });

  it("no change is 'same' in either direction", () => {
    for (const betterWhen of ["LOWER_IS_BETTER", "HIGHER_IS_BETTER"] as const) {
      const c = changeOf({ betterWhen, baselineValue: 52, latestValue: 52 });
      expect(c.change).toBe(0);
      expect(c.percentChange).toBe(0);
      expect(c.roundedPercent).toBe(0);
      expect(c.outcome).toBe("same");
      expect(describePercentChange(c)).toBe("no change");
    }
  });

  it("a zero baseline gives a change but no percentage", () => {
    const c = changeOf({ baselineValue: 0, latestValue: 5 });
    expect(c.change).toBe(5);
    expect(c.percentChange).toBeNull();
    expect(c.roundedPercent).toBeNull();
    expect(c.outcome).toBe("worse");
    expect(describePercentChange(c)).toBeNull();
    expect(formatChange(c, "COUNT")).toBe("+5");
  });

  it("zero against a zero baseline is no change", () => {
    const c = changeOf({ baselineValue: 0, latestValue: 0 });
    expect(c.percentChange).toBeNull();
    expect(c.outcome).toBe("same");
    expect(describePercentChange(c)).toBe("no change");
  });

  it("prefers the baseline when both a baseline and a comparison are held", () => {
    const c = changeOf({ baselineValue: 52, latestValue: 46, comparisonLabel: "Jan–Dec 2020", comparisonValue: 40 });
    expect(c.against).toBe("baseline");
    expect(c.referenceValue).toBe(52);
    expect(c.change).toBe(-6);
  });

  it("falls back to the label 'Baseline' when the baseline label is blank", () => {
    expect(changeOf({ baselineLabel: "", baselineValue: 10, latestValue: 9 }).referenceLabel).toBe("Baseline");
  });

  it("a latest value of zero is a real value", () => {
    const c = changeOf({ baselineValue: 4, latestValue: 0 });
    expect(c.change).toBe(-4);
    expect(c.roundedPercent).toBe(100);
    expect(describePercentChange(c)).toBe("100% reduction");
  });
});

describe("computeChange against a comparison", () => {
  it("drug treatment referrals 1,087 → 1,229 with no baseline: a 13% increase, better", () => {
    const c = changeOf({
      betterWhen: "HIGHER_IS_BETTER",
      baselineValue: null,
      latestValue: 1229,
      comparisonLabel: "2020/21",
      comparisonValue: 1087,
    });
    expect(c.against).toBe("comparison");
    expect(c.referenceLabel).toBe("2020/21");
    expect(c.referenceValue).toBe(1087);
    expect(c.change).toBe(142);
    expect(c.percentChange).toBeCloseTo(13.063, 3);
    expect(c.roundedPercent).toBe(13);
    expect(c.outcome).toBe("better");
    expect(describePercentChange(c)).toBe("13% increase");
    expect(formatChange(c, "COUNT")).toBe("+142");
  });

  it("falls back to the label 'Comparison' when none is given", () => {
    expect(changeOf({ latestValue: 5, comparisonValue: 4 }).referenceLabel).toBe("Comparison");
    expect(changeOf({ latestValue: 5, comparisonValue: 4, comparisonLabel: null }).referenceLabel).toBe("Comparison");
  });

  it("a zero comparison gives no percentage", () => {
    const c = changeOf({ latestValue: 3, comparisonValue: 0, comparisonLabel: "2020" });
    expect(c.against).toBe("comparison");
    expect(c.percentChange).toBeNull();
  });
});

describe("computeChange returns null when no change can be given", () => {
  it("with no baseline and no comparison", () => {
    expect(computeChange(figure({ latestValue: 46 }))).toBeNull();
    expect(computeChange(figure({ latestValue: 46, comparisonValue: null, comparisonLabel: "2020" }))).toBeNull();
  });

  it("with no latest value", () => {
    expect(computeChange(figure({ baselineValue: 52, latestValue: null }))).toBeNull();
  });

  it("when there is no local data, even if values are held", () => {
    expect(computeChange(figure({ baselineValue: 52, latestValue: 46, noLocalData: true }))).toBeNull();
  });
});

describe("rounding", () => {
  it("rounds a percentage of exactly 12.5 up to 13, for an increase and for a reduction", () => {
    const up = changeOf({ baselineValue: 8, latestValue: 9 });
    expect(up.percentChange).toBe(12.5);
    expect(up.roundedPercent).toBe(13);
    expect(describePercentChange(up)).toBe("13% increase");
    const down = changeOf({ baselineValue: 8, latestValue: 7 });
    expect(down.percentChange).toBe(-12.5);
    expect(down.roundedPercent).toBe(13);
    expect(describePercentChange(down)).toBe("13% reduction");
  });

  it("rounds just below a half down and just above up", () => {
    expect(changeOf({ baselineValue: 10000, latestValue: 11249 }).percentChange).toBe(12.49);
    expect(changeOf({ baselineValue: 10000, latestValue: 11249 }).roundedPercent).toBe(12);
    expect(changeOf({ baselineValue: 10000, latestValue: 11251 }).roundedPercent).toBe(13);
    expect(changeOf({ baselineValue: 10000, latestValue: 8751 }).roundedPercent).toBe(12);
    expect(changeOf({ baselineValue: 10000, latestValue: 8749 }).roundedPercent).toBe(13);
  });

  it("does not let floating-point noise turn 12.5 into 12.4999… and round down", () => {
    // In raw floating point (0.9 − 0.8) / 0.8 × 100 is 12.499999999999996.
    expect(Math.round(((0.9 - 0.8) / 0.8) * 100)).toBe(12);
    for (const [baselineValue, latestValue] of [
      [0.8, 0.9],
      [1.6, 1.8],
      [0.4, 0.45],
    ] as const) {
      const c = changeOf({ unit: "RATE", baselineValue, latestValue });
      expect(c.percentChange, `${baselineValue} → ${latestValue}`).toBe(12.5);
      expect(c.roundedPercent, `${baselineValue} → ${latestValue}`).toBe(13);
    }
  });

  it("cleans noise out of the change itself", () => {
    expect(changeOf({ unit: "RATE", baselineValue: 0.8, latestValue: 0.9 }).change).toBe(0.1);
    expect(changeOf({ unit: "RATE", baselineValue: 0.1, latestValue: 0.3 }).change).toBe(0.2);
  });

  it("treats 0.1 + 0.2 against 0.3 as no change, not a tiny increase", () => {
    const c = changeOf({ unit: "RATE", betterWhen: "HIGHER_IS_BETTER", baselineValue: 0.3, latestValue: 0.1 + 0.2 });
    expect(c.change).toBe(0);
    expect(c.outcome).toBe("same");
    expect(describePercentChange(c)).toBe("no change");
    expect(formatChange(c, "RATE")).toBe("0");
  });
});

describe("formatValue", () => {
  it("adds thousands separators", () => {
    expect(formatValue(19018, "COUNT")).toBe("19,018");
    expect(formatValue(28675, "COUNT")).toBe("28,675");
    expect(formatValue(1234567, "RATE")).toBe("1,234,567");
    expect(formatValue(999, "COUNT")).toBe("999");
  });

  it("keeps up to two decimal places", () => {
    expect(formatValue(12.5, "RATE")).toBe("12.5");
    expect(formatValue(1234.5678, "RATE")).toBe("1,234.57");
    expect(formatValue(3, "RATE")).toBe("3");
  });

  it("adds % for percentages only", () => {
    expect(formatValue(78, "PERCENTAGE")).toBe("78%");
    expect(formatValue(78.25, "PERCENTAGE")).toBe("78.25%");
    expect(formatValue(78, "COUNT")).toBe("78");
    expect(formatValue(78, "RATE")).toBe("78");
  });

  it("prints zero as 0, not as missing", () => {
    expect(formatValue(0, "COUNT")).toBe("0");
    expect(formatValue(0, "PERCENTAGE")).toBe("0%");
  });

  it("prints a dash for a missing value", () => {
    expect(formatValue(null, "COUNT")).toBe("–");
    expect(formatValue(undefined, "PERCENTAGE")).toBe("–");
  });
});

describe("formatChange", () => {
  it("signs counts with + and a true minus sign", () => {
    expect(formatChange(changeOf({ baselineValue: 1000, latestValue: 2000 }), "COUNT")).toBe("+1,000");
    expect(formatChange(changeOf({ baselineValue: 28675, latestValue: 19018 }), "COUNT")).toBe("−9,657");
    expect(formatChange(changeOf({ baselineValue: 52, latestValue: 46 }), "COUNT")).toBe("−6");
  });

  it("prints no sign for no change", () => {
    expect(formatChange(changeOf({ baselineValue: 52, latestValue: 52 }), "COUNT")).toBe("0");
  });

  it("words percentage changes in percentage points", () => {
    const up = changeOf({ unit: "PERCENTAGE", betterWhen: "HIGHER_IS_BETTER", baselineValue: 75, latestValue: 78 });
    expect(formatChange(up, "PERCENTAGE")).toBe("+3 percentage points");
    const down = changeOf({ unit: "PERCENTAGE", betterWhen: "HIGHER_IS_BETTER", baselineValue: 80, latestValue: 72.5 });
    expect(formatChange(down, "PERCENTAGE")).toBe("−7.5 percentage points");
  });

  it("uses the singular for exactly one percentage point", () => {
    expect(formatChange(changeOf({ unit: "PERCENTAGE", baselineValue: 75, latestValue: 76 }), "PERCENTAGE")).toBe("+1 percentage point");
    expect(formatChange(changeOf({ unit: "PERCENTAGE", baselineValue: 75, latestValue: 74 }), "PERCENTAGE")).toBe("−1 percentage point");
  });

  it("uses the plural for zero and fractional percentage points", () => {
    expect(formatChange(changeOf({ unit: "PERCENTAGE", baselineValue: 75, latestValue: 75 }), "PERCENTAGE")).toBe("0 percentage points");
    expect(formatChange(changeOf({ unit: "PERCENTAGE", baselineValue: 75, latestValue: 75.5 }), "PERCENTAGE")).toBe(
      "+0.5 percentage points",
    );
  });

  it("keeps the relative change separate from the points change for percentages", () => {
    const c = changeOf({ unit: "PERCENTAGE", betterWhen: "HIGHER_IS_BETTER", baselineValue: 50, latestValue: 60 });
    expect(c.change).toBe(10);
    expect(c.roundedPercent).toBe(20);
    expect(formatChange(c, "PERCENTAGE")).toBe("+10 percentage points");
    expect(describePercentChange(c)).toBe("20% increase");
  });
});

describe("OUTCOME_LABELS", () => {
  it("labels each outcome", () => {
    expect(OUTCOME_LABELS).toEqual({ better: "Better", worse: "Worse", same: "No change" });
  });
});
