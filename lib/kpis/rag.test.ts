import { describe, expect, it } from "vitest";
import { RAG_LABELS, ragStatus, thresholdsConsistent, type KpiThresholds } from "./rag";

describe("ragStatus: lower is better (green ≤ 10, amber ≤ 15)", () => {
  const kpi: KpiThresholds = { betterWhen: "LOWER_IS_BETTER", greenThreshold: 10, amberThreshold: 15 };
  it.each([
    [0, "GREEN"],
    [9.99, "GREEN"],
    [10, "GREEN"], // exactly on the green threshold
    [10.01, "AMBER"],
    [12, "AMBER"],
    [15, "AMBER"], // exactly on the amber threshold
    [15.01, "RED"],
    [100, "RED"],
  ] as const)("actual %s → %s", (actual, rag) => {
    expect(ragStatus(kpi, actual)).toBe(rag);
  });
});

describe("ragStatus: higher is better (green ≥ 90, amber ≥ 80)", () => {
  const kpi: KpiThresholds = { betterWhen: "HIGHER_IS_BETTER", greenThreshold: 90, amberThreshold: 80 };
  it.each([
    [100, "GREEN"],
    [90.01, "GREEN"],
    [90, "GREEN"], // exactly on the green threshold
    [89.99, "AMBER"],
    [85, "AMBER"],
    [80, "AMBER"], // exactly on the amber threshold
    [79.99, "RED"],
    [0, "RED"],
  ] as const)("actual %s → %s", (actual, rag) => {
    expect(ragStatus(kpi, actual)).toBe(rag);
  });
});

describe("ragStatus edge cases", () => {
  it("gives no status when there is no actual", () => {
    const kpi: KpiThresholds = { betterWhen: "LOWER_IS_BETTER", greenThreshold: 10, amberThreshold: 15 };
    expect(ragStatus(kpi, null)).toBeNull();
    expect(ragStatus(kpi, undefined)).toBeNull();
  });

  it("treats an actual of zero as a value, not as missing", () => {
    expect(ragStatus({ betterWhen: "LOWER_IS_BETTER", greenThreshold: 0, amberThreshold: 5 }, 0)).toBe("GREEN");
    expect(ragStatus({ betterWhen: "HIGHER_IS_BETTER", greenThreshold: 10, amberThreshold: 5 }, 0)).toBe("RED");
  });

  it("never gives amber when the two thresholds are equal", () => {
    const lower: KpiThresholds = { betterWhen: "LOWER_IS_BETTER", greenThreshold: 10, amberThreshold: 10 };
    expect(ragStatus(lower, 10)).toBe("GREEN");
    expect(ragStatus(lower, 10.5)).toBe("RED");
    const higher: KpiThresholds = { betterWhen: "HIGHER_IS_BETTER", greenThreshold: 10, amberThreshold: 10 };
    expect(ragStatus(higher, 10)).toBe("GREEN");
    expect(ragStatus(higher, 9.5)).toBe("RED");
  });

  it("follows the direction: the same actual and thresholds give opposite colours", () => {
    expect(ragStatus({ betterWhen: "LOWER_IS_BETTER", greenThreshold: 10, amberThreshold: 20 }, 5)).toBe("GREEN");
    expect(ragStatus({ betterWhen: "HIGHER_IS_BETTER", greenThreshold: 20, amberThreshold: 10 }, 5)).toBe("RED");
  });

  it("handles negative thresholds and actuals", () => {
    const kpi: KpiThresholds = { betterWhen: "HIGHER_IS_BETTER", greenThreshold: 0, amberThreshold: -5 };
    expect(ragStatus(kpi, -5)).toBe("AMBER");
    expect(ragStatus(kpi, -5.1)).toBe("RED");
  });
});

describe("thresholdsConsistent", () => {
  it("lower is better: green must not be above amber", () => {
    expect(thresholdsConsistent({ betterWhen: "LOWER_IS_BETTER", greenThreshold: 10, amberThreshold: 15 })).toBe(true);
    expect(thresholdsConsistent({ betterWhen: "LOWER_IS_BETTER", greenThreshold: 10, amberThreshold: 10 })).toBe(true);
    expect(thresholdsConsistent({ betterWhen: "LOWER_IS_BETTER", greenThreshold: 15, amberThreshold: 10 })).toBe(false);
  });

  it("higher is better: green must not be below amber", () => {
    expect(thresholdsConsistent({ betterWhen: "HIGHER_IS_BETTER", greenThreshold: 90, amberThreshold: 80 })).toBe(true);
    expect(thresholdsConsistent({ betterWhen: "HIGHER_IS_BETTER", greenThreshold: 80, amberThreshold: 80 })).toBe(true);
    expect(thresholdsConsistent({ betterWhen: "HIGHER_IS_BETTER", greenThreshold: 80, amberThreshold: 90 })).toBe(false);
  });

  it("an inconsistent lower-is-better KPI can never be amber", () => {
    const kpi: KpiThresholds = { betterWhen: "LOWER_IS_BETTER", greenThreshold: 15, amberThreshold: 10 };
    const seen = new Set([0, 5, 10, 12, 15, 16, 20].map((a) => ragStatus(kpi, a)));
    expect(seen.has("AMBER")).toBe(false);
  });
});

describe("RAG_LABELS", () => {
  it("describes each status", () => {
    expect(RAG_LABELS).toEqual({ GREEN: "Green: on target", AMBER: "Amber: near target", RED: "Red: off target" });
  });
});
