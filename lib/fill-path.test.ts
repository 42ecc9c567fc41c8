import { describe, expect, it } from "vitest";
import { fillPath } from "./fill-path";

describe("fillPath", () => {
  it("fills placeholders from the result, encoded, and leaves plain paths alone", () => {
    expect(fillPath("/app/submissions/{submissionId}#x", { submissionId: "a b" })).toBe("/app/submissions/a%20b#x");
    expect(fillPath("/app/users/{id}?created=1", { id: "u1" })).toBe("/app/users/u1?created=1");
    expect(fillPath("/app/framework", undefined)).toBe("/app/framework");
    expect(fillPath("/x/{missing}", {})).toBe("/x/");
  });
});
