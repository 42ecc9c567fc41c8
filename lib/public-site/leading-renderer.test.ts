import { describe, expect, it } from "vitest";
import { leadingRenderer, type RegisteredServer } from "./leading-renderer";

const now = new Date("2026-01-01T12:00:00Z");
const at = (secondsAgo: number) => new Date(now.getTime() - secondsAgo * 1000);
const server = (id: string, renderer: string, startedSecondsAgo: number, seenSecondsAgo = 0): RegisteredServer => ({
  id,
  renderer,
  startedAt: at(startedSecondsAgo),
  seenAt: at(seenSecondsAgo),
});
const self = (id: string, renderer: string, startedSecondsAgo: number) => ({ id, renderer, startedAt: at(startedSecondsAgo) });

describe("leadingRenderer", () => {
  it("is the newest live server's renderer, whichever server asks", () => {
    const rows = [server("old", "r-old", 600), server("new", "r-new", 60)];
    expect(leadingRenderer(rows, self("old", "r-old", 600), now, 7_000)).toBe("r-new");
    expect(leadingRenderer(rows, self("new", "r-new", 60), now, 7_000)).toBe("r-new");
  });

  it("ignores servers not seen within the limit, so the next newest takes over", () => {
    const rows = [server("old", "r-old", 600), server("new", "r-new", 60, 8)];
    expect(leadingRenderer(rows, self("old", "r-old", 600), now, 7_000)).toBe("r-old");
  });

  it("counts the asking server even when its own entry is missing or stale", () => {
    expect(leadingRenderer([], self("a", "r-a", 5), now, 7_000)).toBe("r-a");
    expect(leadingRenderer([server("a", "r-a", 5, 60), server("b", "r-b", 100)], self("a", "r-a", 5), now, 7_000)).toBe("r-a");
  });

  it("breaks a tie in start time the same way for everyone", () => {
    const rows = [server("a", "r-1", 10), server("b", "r-2", 10)];
    expect(leadingRenderer(rows, self("a", "r-1", 10), now, 7_000)).toBe("r-2");
    expect(leadingRenderer(rows, self("b", "r-2", 10), now, 7_000)).toBe("r-2");
  });
});
