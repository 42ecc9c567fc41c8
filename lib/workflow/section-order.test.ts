import { describe, expect, it } from "vitest";
import { inPaperOrder } from "./section-order";

describe("inPaperOrder", () => {
  it("orders by the paper's kinds, then position, then id, whatever order the sections came in", () => {
    const sections = [
      { id: "b", kind: "PCC_THEME", position: 1 },
      { id: "a", kind: "PCC_THEME", position: 1 },
      { id: "c", kind: "PCC_THEME", position: 0 },
      { id: "r", kind: "RECOMMENDATIONS", position: 0 },
      { id: "p", kind: "PURPOSE", position: 5 },
    ];
    const expected = ["p", "c", "a", "b", "r"];
    expect(inPaperOrder(sections).map((s) => s.id)).toEqual(expected);
    expect(inPaperOrder([...sections].reverse()).map((s) => s.id)).toEqual(expected);
    expect(sections[0]!.id).toBe("b"); // a copy is sorted, not the input
  });
});
