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

  it("refuses dot segments, raw or encoded, and targets that are not paths", () => {
    for (const target of [
      "/x/../app/users",
      "/x/%2E%2E/app/users?y=1",
      "/%2e/app",
      "/login/../app/users",
      "/app/./users",
      "/quarters/..%2F..%2Fetc%2Fpasswd",
      "/x\\..\\app",
      "/app/..",
      "http://h/app/users",
      "*",
      "",
    ]) {
      expect(requestPath(target), target).toBeNull();
    }
  });

  it("keeps dots that are part of a name", () => {
    expect(requestPath("/quarters/2021-22-q3/data.csv")).toBe("/quarters/2021-22-q3/data.csv");
    expect(requestPath("/assets/site.3f2a.css")).toBe("/assets/site.3f2a.css");
    expect(requestPath("/app/...")).toBe("/app/...");
    expect(requestPath("/.well-known/security.txt")).toBe("/.well-known/security.txt");
  });
});
