import { describe, expect, it } from "vitest";
import { illFormedStringPaths } from "./ill-formed-strings";

describe("ill-formed strings in a request", () => {
  it("finds lone surrogates anywhere in nested input, by field path", () => {
    const input = { heading: "fine 😀", paragraphs: [{ text: "ok" }, { text: "bad \ud800 here" }], comment: "\udc00" };
    expect(illFormedStringPaths(input)).toEqual(["paragraphs.1.text", "comment"]);
  });

  it("accepts well-formed text, including emoji and other astral characters", () => {
    expect(illFormedStringPaths({ a: "Jan–Dec 2021 👮🏽‍♀️", b: ["𝔘𝔫𝔦𝔠𝔬𝔡𝔢"], c: 3, d: null })).toEqual([]);
  });

  it("reports a bare ill-formed string by the empty path", () => {
    expect(illFormedStringPaths("\ud83d")).toEqual([""]);
  });
});
