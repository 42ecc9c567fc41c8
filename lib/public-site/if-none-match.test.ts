import { describe, expect, it } from "vitest";
import { ifNoneMatchHits } from "./if-none-match";

const tags = ['"abc-br"', '"abc"'];

describe("If-None-Match", () => {
  it("matches a listed tag, weakly", () => {
    expect(ifNoneMatchHits('"abc-br"', tags)).toBe(true);
    expect(ifNoneMatchHits('W/"abc"', tags)).toBe(true);
    expect(ifNoneMatchHits('"old", "abc"', tags)).toBe(true);
    expect(ifNoneMatchHits("*", tags)).toBe(true);
  });

  it("misses other tags and an absent header", () => {
    expect(ifNoneMatchHits('"old"', tags)).toBe(false);
    expect(ifNoneMatchHits("abc", tags)).toBe(false);
    expect(ifNoneMatchHits(undefined, tags)).toBe(false);
  });
});
