import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, checkActionBody, checkActionBodySize, jsonDepth } from "./check-action-body";

const TEXT = "text/plain;charset=UTF-8";

describe("server action body checks", () => {
  it("accepts what the forms send", () => {
    expect(
      checkActionBody(TEXT, JSON.stringify([{ submissionId: "s1", paragraphs: [{ text: "A [bracket] and {brace} in text" }] }])),
    ).toEqual({ ok: true });
  });

  it("refuses a body over the limit with 413, by header before reading and by size after", () => {
    expect(checkActionBodySize(ACTION_BODY_LIMIT + 1)).toMatchObject({ ok: false, status: 413 });
    expect(checkActionBodySize(null)).toEqual({ ok: true });
    expect(checkActionBody(TEXT, JSON.stringify(["é".repeat(ACTION_BODY_LIMIT / 2 + 1)]))).toMatchObject({ ok: false, status: 413 });
  });

  it("refuses text that is not JSON, and bodies that are not text, with a message", () => {
    expect(checkActionBody(TEXT, "not json at all {{{")).toMatchObject({
      ok: false,
      status: 400,
      message: expect.stringContaining("not valid JSON"),
    });
    expect(checkActionBody("multipart/form-data; boundary=x", "--x--")).toMatchObject({ ok: false, status: 415 });
    expect(checkActionBody(null, "[]")).toMatchObject({ ok: false, status: 415 });
  });

  it("refuses deep nesting without recursing (100,000 levels)", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(checkActionBody(TEXT, deep)).toMatchObject({ ok: false, status: 400, message: expect.stringContaining("nested too deeply") });
  });

  it("counts depth outside strings only, honouring escaped quotes", () => {
    expect(jsonDepth('[{"a":[1,2]}]')).toBe(3);
    expect(jsonDepth('["[[[[", "\\"[[["]')).toBe(1);
    expect(jsonDepth("")).toBe(0);
  });
});
