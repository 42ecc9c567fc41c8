import { describe, expect, it } from "vitest";
import { serverProcessCount } from "./server-processes";

describe("serverProcessCount", () => {
  it("is one process unless WEB_CONCURRENCY asks for more", () => {
    expect(serverProcessCount(undefined, 8)).toBe(1);
    expect(serverProcessCount("", 8)).toBe(1);
    expect(serverProcessCount(" 3 ", 8)).toBe(3);
  });

  it("gives one process per CPU for auto", () => {
    expect(serverProcessCount("auto", 2)).toBe(2);
    expect(serverProcessCount("auto", 0)).toBe(1);
  });

  it.each(["0", "-1", "1.5", "two", "65"])("refuses %s, saying what is allowed", (value) => {
    expect(() => serverProcessCount(value, 2)).toThrow(
      `WEB_CONCURRENCY must be a whole number of server processes from 1 to 64, or "auto" (one per CPU); it is "${value}".`,
    );
  });
});
