// Waiting for a change to be live from outside the servers (a script, an e2e fixture): a
// build stored in the database is not yet served, since each server loads its copy after the
// build commits. awaitPublicSite must wait until every live server says it serves that build.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { withDatabase } from "@/server/db";
import { awaitPublicSite } from "@/server/public-site/await-public-site";
import { createPublicSite, type PublicSite } from "@/server/public-site/public-site";
import { recordPublicChange } from "@/server/public-site/record-public-change";
import { createServerRegistry } from "@/server/public-site/server-registry";
import type { RenderedArtifact, RenderSettings } from "@/server/public-site/render-site";
import { tempDatabase, type TempDatabase } from "./temp-db";

let current: TempDatabase | undefined;
let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
  await current?.dispose();
  current = undefined;
});

/** One server's public site, answering over HTTP, whose page shows how many builds it has rendered. */
async function serve(db: TempDatabase["db"]) {
  let builds = 0;
  const render = async (): Promise<RenderedArtifact[]> => [
    { path: "/", status: 200, contentType: "text/plain", headers: { "Cache-Control": "no-cache" }, body: Buffer.from(`build ${++builds}`) },
  ];
  const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
  const site: PublicSite = withDatabase(db, () =>
    createPublicSite({ renderer: "r", settings: async () => ({}) as RenderSettings, render, pollMs: 20, heartbeatMs: 100, log: quiet }),
  );
  await withDatabase(db, () => site.start());
  const server = http.createServer((req, res) => site.handle(req, res, "/"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stop = async () => {
    await withDatabase(db, () => site.stop());
    await new Promise((resolve) => server.close(resolve));
  };
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { page: () => fetch(url).then((r) => r.text()) };
}

const token = (db: TempDatabase["db"]) => db.publicSite.findUniqueOrThrow({ where: { id: 1 } }).then((s) => s.token);

it("returns once the running server serves the change, and says which build it serves", async () => {
  current = tempDatabase();
  const { db } = current;
  const server = await serve(db);
  expect(await server.page()).toBe("build 1");

  await recordPublicChange(db, null);
  expect(await withDatabase(db, () => awaitPublicSite({ timeoutMs: 5_000 }))).toBe(true);
  // Served at once, with no wait for a poll: the fixture's promise.
  expect(await server.page()).toBe("build 2");
  const rows = await db.publicSiteServer.findMany();
  expect(rows.map((r) => r.servedToken)).toEqual([await token(db)]);
});

it("waits for every live server, and leaves out servers not heard from", async () => {
  current = tempDatabase();
  const { db } = current;
  await serve(db);
  // Another server that is alive but has not loaded the latest build yet.
  await db.publicSiteServer.create({
    data: { id: "slow", renderer: "r", startedAt: new Date(), seenAt: new Date(), servedToken: "earlier" },
  });
  // One that stopped long ago and still has a row.
  const long = new Date(Date.now() - 60_000);
  await db.publicSiteServer.create({ data: { id: "gone", renderer: "r", startedAt: long, seenAt: long, servedToken: "earlier" } });

  await recordPublicChange(db, null);
  expect(await withDatabase(db, () => awaitPublicSite({ timeoutMs: 600 })), "the slow server has not loaded it").toBe(false);

  await db.publicSiteServer.update({ where: { id: "slow" }, data: { seenAt: new Date(), servedToken: await token(db) } });
  expect(await withDatabase(db, () => awaitPublicSite({ timeoutMs: 600 })), "the gone server is left out").toBe(true);
});

it("is false when no server is running to serve the change", async () => {
  current = tempDatabase();
  const { db } = current;
  await recordPublicChange(db, null);
  expect(await withDatabase(db, () => awaitPublicSite({ timeoutMs: 300 }))).toBe(false);
});

it("a server that stops leaves the registry for good, even with its own writes still queued", async () => {
  current = tempDatabase();
  const { db } = current;
  await withDatabase(db, async () => {
    const registry = createServerRegistry({ instanceId: "leaving", renderer: "r", heartbeatMs: 5 });
    await registry.start();
    // Reports queued one behind another, then a stop before they have run: none may write the
    // row back after the stop deletes it (the server would count as live until it went stale).
    for (const token of ["a", "b", "c", "d"]) registry.served(token);
    await registry.stop();
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await db.publicSiteServer.findMany()).toEqual([]);
});
