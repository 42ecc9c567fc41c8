import { describe, expect, it } from "vitest";
import {
  measureTrend,
  movement,
  movementWords,
  nextPublished,
  previousPublished,
  quarterCode,
  quarterOrdinal,
  type PublishedQuarter,
} from "./history";

const q = (
  fyStart: number,
  quarter: number,
  value: number | null,
  extra: Partial<PublishedQuarter["figures"][number]> = {},
): PublishedQuarter => ({
  slug: `${fyStart}-q${quarter}`,
  fyStart,
  quarter,
  edition: 1,
  kpis: [],
  figures: [
    {
      indicatorId: "homicides",
      measureKey: "homicide",
      measureName: "Reduce murder and other homicide",
      name: "Homicides",
      unit: "COUNT",
      betterWhen: "LOWER_IS_BETTER",
      baselineLabel: "Year ending June 2019",
      baselineValue: 52,
      latestValue: value,
      periodStart: null,
      periodEnd: null,
      periodNote: null,
      noLocalData: value == null,
      ...extra,
    },
  ],
});

describe("quarter arithmetic", () => {
  it("orders financial-year quarters across the year end", () => {
    expect(quarterOrdinal({ fyStart: 2021, quarter: 4 }) + 1).toBe(quarterOrdinal({ fyStart: 2022, quarter: 1 }));
    expect(quarterCode({ fyStart: 2021, quarter: 3 })).toBe("2021-22-Q3");
    expect(quarterCode({ fyStart: 2099, quarter: 1 })).toBe("2099-00-Q1");
  });

  it("finds the latest published quarter before, and the first after, skipping gaps", () => {
    const history = [q(2021, 1, 50), q(2021, 3, 46), q(2022, 1, 44)];
    expect(previousPublished(history, { fyStart: 2021, quarter: 3 })?.slug).toBe("2021-q1");
    expect(previousPublished(history, { fyStart: 2021, quarter: 4 })?.slug).toBe("2021-q3");
    expect(previousPublished(history, { fyStart: 2021, quarter: 1 })).toBeNull();
    expect(nextPublished(history, { fyStart: 2021, quarter: 1 })?.slug).toBe("2021-q3");
    expect(nextPublished(history, { fyStart: 2022, quarter: 1 })).toBeNull();
  });
});

describe("measure trends", () => {
  it("lists each indicator's values oldest first, with the latest name and baseline", () => {
    const trend = measureTrend([q(2022, 1, 44, { name: "Homicides (renamed)" }), q(2021, 3, 46), q(2021, 4, null)], "homicide");
    expect(trend.name).toBe("Reduce murder and other homicide");
    expect(trend.indicators).toHaveLength(1);
    const [homicides] = trend.indicators;
    expect(homicides!.name).toBe("Homicides (renamed)");
    expect(homicides!.points.map((p) => [p.quarter.slug, p.value, p.noLocalData])).toEqual([
      ["2021-q3", 46, false],
      ["2021-q4", null, true],
      ["2022-q1", 44, false],
    ]);
    expect(measureTrend([q(2021, 3, 46)], "cyber", "Tackle cyber crime")).toEqual({
      key: "cyber",
      name: "Tackle cyber crime",
      indicators: [],
    });
  });
});

describe("movement since the previous quarter", () => {
  it("says up or down in words and symbol, and whether that is better for the direction", () => {
    expect(movement(10, 12, "HIGHER_IS_BETTER")).toEqual({ symbol: "↑", words: "Up", outcome: "better" });
    expect(movement(10, 12, "LOWER_IS_BETTER")).toEqual({ symbol: "↑", words: "Up", outcome: "worse" });
    expect(movement(12, 10, "LOWER_IS_BETTER")).toEqual({ symbol: "↓", words: "Down", outcome: "better" });
    expect(movementWords(movement(5, 5, "LOWER_IS_BETTER")!)).toBe("No change");
    expect(movementWords(movement(12, 10, "HIGHER_IS_BETTER")!)).toBe("Down, worse");
    expect(movement(null, 10, "LOWER_IS_BETTER")).toBeNull();
  });
});
