import { describe, expect, it } from "vitest";
import { requestPath } from "./request-path";

describe("requestPath", () => {
  it("strips the query and decodes percent-encoding", () => {
    expect(requestPath("/quarters/2021-22-q3?x=1")).toBe("/quarters/2021-22-q3");
    expect(requestPath("/quarters/2021%2D22-q3")).toBe("/quarters/2021-22-q3");
    expect(requestPath("/")).toBe("/");
  });

  it("refuses malformed encodings and NUL bytes", () => {
    expect(requestPath("/quarters/%E0%A4%A")).toBeNull();
    expect(requestPath("/quarters/%")).toBeNull();
    expect(requestPath("/quarters/a%00b")).toBeNull();
    expect(requestPath("/quarters/a\0b")).toBeNull();
    expect(requestPath("/app/%ZZ")).toBeNull();
  });
});
