import { describe, expect, it } from "vitest";
import { formatSize } from "./format-size";

describe("formatSize", () => {
  it("writes bytes, KB and MB", () => {
    expect(formatSize(812)).toBe("812 bytes");
    expect(formatSize(2048)).toBe("2 KB");
    expect(formatSize(1500)).toBe("1 KB");
    expect(formatSize(184_320)).toBe("180 KB");
    expect(formatSize(1.4 * 1024 * 1024)).toBe("1.4 MB");
    expect(formatSize(25 * 1024 * 1024)).toBe("25 MB");
  });
});
