import { describe, expect, it } from "vitest";
import { inMeasureOrder } from "./measure-order";

const sections = [
  { kind: "PURPOSE", measureKey: null, position: 0 },
  { kind: "MEASURE", measureKey: "serious-violence", position: 2 },
  { kind: "MEASURE", measureKey: "homicide", position: 1 },
  { kind: "MEASURE", measureKey: "cyber-crime", position: 3 },
  { kind: "PCC_THEME", measureKey: null, position: 101 },
];

describe("inMeasureOrder", () => {
  it("orders items by their measure's place in the statement, whatever order they came in", () => {
    const items = [{ measureKey: "cyber-crime" }, { measureKey: "homicide" }, { measureKey: "serious-violence" }];
    expect(inMeasureOrder(items, sections).map((i) => i.measureKey)).toEqual(["homicide", "serious-violence", "cyber-crime"]);
    expect(inMeasureOrder([...items].reverse(), sections)).toEqual(inMeasureOrder(items, sections));
  });

  it("puts keys without a measure section last, by key, and leaves the input alone", () => {
    const items = [{ measureKey: "zeta" }, { measureKey: "alpha" }, { measureKey: "homicide" }];
    expect(inMeasureOrder(items, sections).map((i) => i.measureKey)).toEqual(["homicide", "alpha", "zeta"]);
    expect(items[0]!.measureKey).toBe("zeta");
  });
});
