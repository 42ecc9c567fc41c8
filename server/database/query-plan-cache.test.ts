import { describe, expect, it, vi } from "vitest";
import { cachedCompile } from "./query-plan-cache";

const read = (id: string, action = "findUnique") =>
  JSON.stringify({ modelName: "Submission", action, query: { arguments: { where: { id } } } });

function compiler() {
  return vi.fn((request: string) => ({ request, nodes: [{ sql: "SELECT 1", args: [new Uint8Array([1])] }] }));
}

describe("cachedCompile", () => {
  it("compiles a read once per exact request, and again when any argument differs", () => {
    const plans = new Map<string, unknown>();
    const compile = compiler();
    const first = cachedCompile(plans, compile, read("a"));
    expect(cachedCompile(plans, compile, read("a"))).toBe(first);
    cachedCompile(plans, compile, read("b"));
    expect(compile.mock.calls.map(([r]) => r)).toEqual([read("a"), read("b")]);
  });

  it("never keeps the plan of a write, a raw query, an oversized request or a read with a time in it", () => {
    const plans = new Map<string, unknown>();
    const compile = compiler();
    const write = JSON.stringify({ modelName: "Figure", action: "updateOne", query: { arguments: { where: { id: "f" } } } });
    const raw = JSON.stringify({ action: "queryRaw", query: { arguments: { query: "SELECT 1" } } });
    const huge = read("x".repeat(9000));
    const dated = JSON.stringify({
      modelName: "OutboxMessage",
      action: "findMany",
      query: { arguments: { where: { nextAttemptAt: { lte: { $type: "DateTime", value: "2026-11-27T18:00:00.000Z" } } } } },
    });
    for (const request of [write, write, raw, raw, huge, huge, dated, dated]) cachedCompile(plans, compile, request);
    expect(compile).toHaveBeenCalledTimes(8);
    expect(plans.size).toBe(0);
  });

  it("freezes a kept plan, so nothing can change it for the next query", () => {
    const plan = cachedCompile(new Map(), compiler(), read("a")) as { nodes: { sql: string }[] };
    expect(() => {
      plan.nodes[0]!.sql = "DROP TABLE Submission";
    }).toThrow(TypeError);
  });

  it("keeps at most 1000 plans, dropping the least recently used", () => {
    const plans = new Map<string, unknown>();
    const compile = compiler();
    for (let i = 0; i < 1000; i++) cachedCompile(plans, compile, read(`s${i}`));
    cachedCompile(plans, compile, read("s0")); // used again: now the most recent
    cachedCompile(plans, compile, read("new"));
    expect(plans.size).toBe(1000);
    expect(plans.has(read("s0"))).toBe(true);
    expect(plans.has(read("s1"))).toBe(false);
    expect(compile).toHaveBeenCalledTimes(1001);
  });
});
