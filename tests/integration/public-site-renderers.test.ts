// Servers that render the public site differently (a rolling deploy, an instance started after
// a source edit, a changed setting) share one database: they must not take turns regenerating
// everything, and a publication made on any of them must still go live at once.
import { afterEach, expect, it } from "vitest";
import { withDatabase } from "@/server/db";
import { createPublicSite, type PublicSite } from "@/server/public-site/public-site";
import { recordPublicChange } from "@/server/public-site/record-public-change";
import type { RenderedArtifact, RenderScope, RenderSettings } from "@/server/public-site/render-site";
import { tempDatabase, type TempDatabase } from "./temp-db";

let current: TempDatabase | undefined;
const running: { site: PublicSite; run: <T>(fn: () => T) => T }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(({ site, run }) => run(() => site.stop())));
  await current?.dispose();
  current = undefined;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Call = { renderer: string; scope: RenderScope };

/** A server's public site on the test database, rendering a stand-in page per quarter tagged with its renderer. */
function server(db: TempDatabase["db"], renderer: string, calls: Call[], errors: unknown[]) {
  const render = async (scope: RenderScope): Promise<RenderedArtifact[]> => {
    calls.push({ renderer, scope });
    await sleep(30);
    const page = (path: string): RenderedArtifact => ({
      path,
      status: 200,
      contentType: "text/html; charset=utf-8",
      headers: {},
      body: Buffer.from(`${path} by ${renderer}`),
    });
    return [page("/"), page("/quarters/2021-22-q3")];
  };
  const log = { log: () => undefined, warn: (...args: unknown[]) => errors.push(args), error: (...args: unknown[]) => errors.push(args) };
  const site = withDatabase(db, () =>
    createPublicSite({ renderer, settings: async () => ({}) as RenderSettings, render, pollMs: 20, heartbeatMs: 100, staleMs: 1_500, log }),
  );
  const handle = { site, run: <T>(fn: () => T) => withDatabase(db, fn) };
  running.push(handle);
  return handle;
}

const storedRenderer = (db: TempDatabase["db"]) => db.publicSite.findUniqueOrThrow({ where: { id: 1 } }).then((s) => s.renderer);
const everything = (calls: Call[], renderer: string) => calls.filter((c) => c.renderer === renderer && c.scope.kind === "all").length;

it("the newest server's renderer leads: the other serves what it stored, never rebuilds it, and its publications still go live at once", async () => {
  current = tempDatabase();
  const { db } = current;
  const calls: Call[] = [];
  const errors: unknown[] = [];

  const old = server(db, "r-old", calls, errors);
  await old.run(() => old.site.start());
  expect(calls).toEqual([{ renderer: "r-old", scope: { kind: "all" } }]);

  // A server running other code starts: it regenerates the site once, and then both leave it alone.
  await sleep(5);
  const fresh = server(db, "r-new", calls, errors);
  await fresh.run(() => fresh.site.start());
  await sleep(1_500);
  expect(everything(calls, "r-new"), "the new server regenerated everything once").toBe(1);
  expect(everything(calls, "r-old"), "the old server did not regenerate it again").toBe(1);
  expect(calls).toHaveLength(2);
  expect(await storedRenderer(db)).toBe("r-new");

  // A publication made through the old server goes live there as soon as the leader builds it.
  const generation = await recordPublicChange(db, "2021-22-q3");
  const started = Date.now();
  await old.run(() => old.site.sync(5_000));
  expect(Date.now() - started, "ms until live on the old server").toBeLessThan(1_000);
  expect(calls.at(-1)).toEqual({ renderer: "r-new", scope: { kind: "quarters", slugs: ["2021-22-q3"] } });
  expect((await db.publicSite.findUniqueOrThrow({ where: { id: 1 } })).builtGeneration).toBe(generation);
  await sleep(300);
  expect(calls).toHaveLength(3);

  // When the new server stops, the old one takes over and regenerates the site once with its own renderer.
  await fresh.run(() => fresh.site.stop());
  await sleep(800);
  expect(everything(calls, "r-old")).toBe(2);
  expect(calls).toHaveLength(4);
  expect(await storedRenderer(db)).toBe("r-old");
  expect(errors).toEqual([]);
});

it("a server that stops answering without leaving is replaced as leader once it is stale", async () => {
  current = tempDatabase();
  const { db } = current;
  const calls: Call[] = [];
  const errors: unknown[] = [];
  const old = server(db, "r-old", calls, errors);
  await old.run(() => old.site.start());
  await sleep(5);
  // A newer server's entry that is never refreshed again, as after kill -9: it leads until stale.
  await db.publicSiteServer.create({ data: { id: "killed", renderer: "r-gone", startedAt: new Date(), seenAt: new Date() } });
  await recordPublicChange(db, "2021-22-q3");
  await db.publicSite.update({ where: { id: 1 }, data: { renderer: "r-gone" } });
  const started = Date.now();
  await old.run(() => old.site.sync(5_000));
  const waited = Date.now() - started;
  expect(waited, "waited for the stale leader").toBeGreaterThan(1_000);
  expect(waited).toBeLessThan(3_000);
  expect(calls.map((c) => c.scope.kind)).toEqual(["all", "all"]);
  expect(await storedRenderer(db)).toBe("r-old");
  expect(errors).toEqual([]);
});
