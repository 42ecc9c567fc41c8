import { describe, expect, it } from "vitest";
import { safeCallback } from "./safe-callback";

describe("safeCallback (no open redirect after sign-in)", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeCallback("/app/quarters")).toBe("/app/quarters");
    expect(safeCallback("/app/submissions/abc?x=1#history")).toBe("/app/submissions/abc?x=1#history");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "",
    undefined,
    42,
    ["/app"],
  ])("refuses %j", (value) => {
    expect(safeCallback(value)).toBe("/app");
  });
});
