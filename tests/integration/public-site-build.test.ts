import { afterEach, describe, expect, it } from "vitest";
import { withDatabase } from "@/server/db";
import { createPrismaClient } from "@/server/prisma-client";
import { buildPublicSite } from "@/server/public-site/build-public-site";
import { recordPublicChange } from "@/server/public-site/record-public-change";
import type { RenderedArtifact, RenderScope } from "@/server/public-site/render-site";
import { tempDatabase } from "./temp-db";

let current: ReturnType<typeof tempDatabase> | undefined;
afterEach(async () => {
  await current?.dispose();
  current = undefined;
});

/** A stand-in renderer: one page per quarter plus the home page, from `content`, counting its calls. */
function fakeSite(quarters: string[]) {
  const content = new Map<string, string>();
  const calls: RenderScope[] = [];
  const artifact = (path: string): RenderedArtifact => ({
    path,
    status: 200,
    contentType: "text/html; charset=utf-8",
    headers: { "Cache-Control": "no-cache" },
    body: Buffer.from(content.get(path) ?? `page ${path}`),
  });
  async function render(scope: RenderScope) {
    calls.push(scope);
    // Long enough that builds started together overlap.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const slugs = scope.kind === "all" ? quarters : scope.slugs.filter((s) => quarters.includes(s));
    return [artifact("/"), ...slugs.map((s) => artifact(`/quarters/${s}`))];
  }
  return { content, calls, render, quarters };
}

const rows = (db: ReturnType<typeof createPrismaClient>) =>
  db.publicArtifact.findMany({ select: { path: true, etag: true, updatedAt: true, generation: true }, orderBy: { path: "asc" } });

describe("building the public site", () => {
  it("builds everything first, then only what a recorded change affects, rewriting only artifacts whose bytes changed", async () => {
    current = tempDatabase();
    const { db } = current;
    const site = fakeSite(["2021-22-q3", "2021-22-q4"]);
    const build = () => withDatabase(db, () => buildPublicSite({ instanceId: "a", renderer: "r1", render: site.render }));

    expect(await build()).toBe("built");
    expect(site.calls).toEqual([{ kind: "all" }]);
    const first = await rows(db);
    expect(first.map((r) => r.path)).toEqual(["/", "/quarters/2021-22-q3", "/quarters/2021-22-q4"]);

    expect(await build(), "nothing recorded: nothing to do").toBe("current");
    expect(site.calls).toHaveLength(1);

    site.content.set("/quarters/2021-22-q3", "corrected");
    const generation = await recordPublicChange(db, "2021-22-q3");
    expect(await build()).toBe("built");
    expect(site.calls[1]).toEqual({ kind: "quarters", slugs: ["2021-22-q3"] });
    const second = await rows(db);
    expect(second.find((r) => r.path === "/quarters/2021-22-q3")).toMatchObject({ generation });
    expect(second.find((r) => r.path === "/quarters/2021-22-q3")!.etag).not.toBe(first[1]!.etag);
    // The home page was rendered again but its bytes did not change: same row, same ETag.
    expect(second.find((r) => r.path === "/")).toEqual(first[0]);
    expect(second.find((r) => r.path === "/quarters/2021-22-q4")).toEqual(first[2]);
    expect((await db.publicSite.findUniqueOrThrow({ where: { id: 1 } })).builtGeneration).toBe(generation);
  });

  it("builds each change once however many instances try at the same moment", async () => {
    current = tempDatabase();
    const { db } = current;
    // Two instances (instance ids) on one connection: the claim is a row in the database, so
    // this is what two processes see too (a process has one writing connection).
    const site = fakeSite(["2021-22-q3"]);
    const build = (instanceId: string) => withDatabase(db, () => buildPublicSite({ instanceId, renderer: "r1", render: site.render }));
    const outcomes = await Promise.all([build("a"), build("b")]);
    expect(outcomes.sort()).toEqual(["built", "busy"]);
    expect(site.calls).toHaveLength(1);
    await recordPublicChange(db, "2021-22-q3");
    expect((await Promise.all([build("b"), build("a")])).sort()).toEqual(["built", "busy"]);
    expect(site.calls).toHaveLength(2);
    // The claim is released: nothing is left to build, and nobody holds the site row.
    expect(await build("a")).toBe("current");
    expect(await db.publicSite.findUniqueOrThrow({ where: { id: 1 }, select: { claimedBy: true } })).toEqual({ claimedBy: null });
  });

  it("rebuilds everything for a new renderer and deletes what is no longer produced", async () => {
    current = tempDatabase();
    const { db } = current;
    const site = fakeSite(["2021-22-q3", "2021-22-q4"]);
    await withDatabase(db, () => buildPublicSite({ instanceId: "a", renderer: "r1", render: site.render }));
    const token = (await db.publicSite.findUniqueOrThrow({ where: { id: 1 } })).token;
    site.quarters.pop();
    expect(await withDatabase(db, () => buildPublicSite({ instanceId: "a", renderer: "r2", render: site.render }))).toBe("built");
    expect(site.calls.at(-1)).toEqual({ kind: "all" });
    expect((await rows(db)).map((r) => r.path)).toEqual(["/", "/quarters/2021-22-q3"]);
    const state = await db.publicSite.findUniqueOrThrow({ where: { id: 1 } });
    expect(state.renderer).toBe("r2");
    expect(state.token, "instances reload when the token changes").not.toBe(token);
  });
});
