// The public site is generated at publication and served from the stored bytes (issue 15), so
// anonymous requests never render, query or write anything (issue 9, item 1).
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { test, expect } from "@playwright/test";
import Database from "better-sqlite3";
import { buildQuarter, correctQuarter, withdrawQuarter } from "./fixtures/quarters";
import { testDb, uniqueId } from "./fixtures/db";
import { quarterSlug } from "@/lib/quarters";
import { publishSubmission } from "@/server/submissions/publish-submission";
import { awaitPublicSite } from "@/server/public-site/await-public-site";
import { artifactTags, changedPaths, fetchEncoded, isAddress, storedArtifacts } from "./fixtures/public-site";

const PAGE = "/quarters/2021-22-q3";

test.describe("stored bytes are what is served", () => {
  test("every stored artifact: br, gzip and identity decode to the stored body, with its ETag, and 304 when it is current", async ({
    baseURL,
  }) => {
    const artifacts = (await storedArtifacts()).filter((a) => isAddress(a.path));
    expect(artifacts.map((a) => a.path)).toEqual(expect.arrayContaining(["/", "/feed.xml", PAGE, `${PAGE}/data.csv`, `${PAGE}/data.json`]));
    for (const a of artifacts) {
      const url = baseURL + a.path;
      for (const encoding of ["br", "gzip", "identity"] as const) {
        const { status, headers, raw, body } = await fetchEncoded(url, encoding);
        expect(status, a.path).toBe(a.status);
        expect(body.equals(Buffer.from(a.body)), `${a.path} (${encoding}) decodes to the stored page`).toBe(true);
        // The stored variant itself, not a fresh compression of it.
        const variant = encoding === "br" ? a.brotli : encoding === "gzip" ? a.gzip : a.body;
        expect(raw.equals(Buffer.from(variant)), `${a.path} (${encoding}) sent as stored`).toBe(true);
        expect(headers["content-type"]).toBe(a.contentType);
        expect(headers["content-encoding"]).toBe(encoding === "identity" ? undefined : encoding);
        expect(headers["content-length"]).toBe(String(raw.length));
        expect(headers["vary"]).toBe("Accept-Encoding");
        expect(headers["x-content-type-options"]).toBe("nosniff");
        expect(headers["x-frame-options"]).toBe("DENY");
        const etag = headers["etag"]!;
        expect(etag).toBe(encoding === "identity" ? a.etag : `${a.etag.slice(0, -1)}-${encoding}"`);
        if (a.status !== 200) continue;
        const again = await fetchEncoded(url, encoding, { "If-None-Match": etag });
        expect(again.status, `${a.path} revalidated`).toBe(304);
        expect(again.raw).toHaveLength(0);
        expect(again.headers["etag"]).toBe(etag);
      }
      const head = await fetchEncoded(url, "br", {}, "HEAD");
      expect(head.status).toBe(a.status);
      expect(head.headers["content-length"]).toBe(String(a.brotli.length));
      expect(head.raw).toHaveLength(0);
    }
  });

  test("pages and files carry the cache policy; the stylesheet is immutable", async ({ request }) => {
    const page = await request.get(PAGE);
    expect(page.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=60, must-revalidate");
    const css = /<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{16}\.css)"/.exec(await page.text())![1]!;
    const stylesheet = await request.get(css);
    expect(stylesheet.status()).toBe(200);
    expect(stylesheet.headers()["content-type"]).toBe("text/css; charset=utf-8");
    expect(stylesheet.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(await stylesheet.text()).toContain("@media print{@page{size:A4");
  });

  test("public pages contain no script at all, no React flight data and nothing from /_next", async ({ request }) => {
    const pages = (await storedArtifacts()).filter((a) => a.contentType.startsWith("text/html"));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const a of pages) {
      const html = isAddress(a.path) ? await (await request.get(a.path)).text() : Buffer.from(a.body).toString();
      expect(html, a.path).not.toMatch(/<script/i);
      expect(html, a.path).not.toContain("self.__next_f");
      expect(html, a.path).not.toContain("/_next/");
      expect(html, a.path).toMatch(/^<!DOCTYPE html><html lang="en-GB">/);
    }
  });

  test("the quarter page is at most 20 KB on the wire with brotli", async ({ baseURL }) => {
    const { raw, body } = await fetchEncoded(baseURL + PAGE, "br");
    expect(raw.length).toBeLessThanOrEqual(20 * 1024);
    expect(body.toString()).toContain('data-paragraph="70"');
  });
});

/**
 * Every file under a folder with its size and modification time. A SQLite database's own files
 * are left out: each running server records that it is alive every 2 s (the public site's
 * server registry), which appends to the write-ahead log until SQLite checkpoints it, so their
 * sizes change with the clock; what the requests could have written to the database is compared
 * table by table in databaseState.
 */
function listing(dir: string) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.endsWith("-shm")) // SQLite readers mark the shared-memory index; it is not data
    .map((d) => {
      const file = path.join(d.parentPath, d.name);
      const stat = fs.statSync(file);
      return /\.db(-wal|-journal)?$/.test(file) ? null : `${file} ${stat.size} ${stat.mtimeMs}`;
    })
    .filter(Boolean)
    .sort();
}

async function databaseState() {
  return {
    artifacts: await testDb.publicArtifact.findMany({ select: { path: true, etag: true, updatedAt: true }, orderBy: { path: "asc" } }),
    site: await testDb.publicSite.findMany(),
    changes: await testDb.publicSiteChange.count(),
    tables: everyTable(),
  };
}

/**
 * A SHA-256 of every row of every table, read straight from the SQLite file, so a write
 * anywhere shows; the server registry's heartbeat rows are left out (they change every 2 s).
 */
function everyTable() {
  const db = new Database(process.env.E2E_DB_FILE!, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'PublicSiteServer' ORDER BY name").all() as {
      name: string;
    }[];
    return Object.fromEntries(
      tables.map(({ name }) => {
        const hash = crypto.createHash("sha256");
        for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row, jsonSafe));
        return [name, hash.digest("hex")];
      }),
    );
  } finally {
    db.close();
  }
}

const jsonSafe = (_key: string, value: unknown) =>
  typeof value === "bigint" ? value.toString() : value instanceof Uint8Array ? Buffer.from(value).toString("base64") : value;

test.describe("anonymous requests write nothing", () => {
  test("500 GETs of unknown quarters, editions and files: 404, and the database and disk are unchanged", async ({ request }) => {
    const distDir = process.env.NEXT_DIST_DIR!;
    const dataDir = path.dirname(process.env.E2E_DB_FILE!);
    const before = { db: await databaseState(), dist: listing(distDir), data: listing(dataDir) };
    for (let i = 0; i < 500; i++) {
      // Well-formed slugs of quarters nobody has (fixtures use 2030-2090), and junk.
      const slug = i % 2 ? uniqueId("no-such-") : quarterSlug(2200 + (i % 50), 1 + (i % 4));
      const target = [`/quarters/${slug}`, `/quarters/${slug}/editions/${i}`, `/quarters/${slug}/data.csv`, `/quarters/${slug}/data.json`][
        i % 4
      ]!;
      const response = await request.get(target);
      expect(response.status(), target).toBe(404);
      if (target.endsWith(".json")) expect(await response.json()).toEqual({ error: "Not found" });
      else if (target.endsWith(".csv")) expect(await response.text()).toBe("Not found\n");
      else expect(await response.text()).toContain("Page not found");
    }
    expect((await request.get(`${PAGE}/editions/99`)).status()).toBe(404);
    const after = { db: await databaseState(), dist: listing(distDir), data: listing(dataDir) };
    expect(after.db).toEqual(before.db);
    expect(after.dist).toEqual(before.dist);
    expect(after.data).toEqual(before.data);
  });

  test("malformed paths answer 400 or 404, never 500", async ({ request }) => {
    for (const target of [
      "/quarters/%E0%A4%A",
      "/quarters/%00",
      "/quarters/a%00b/data.csv",
      "/%E0%A4%A",
      "/app/%E0%A4%A",
      "/login%",
      // Encoded slashes and dots that decode to dot segments.
      "/quarters/..%2F..%2Fetc%2Fpasswd",
    ]) {
      expect((await request.get(target)).status(), target).toBe(400);
    }
    for (const target of ["/quarters/2021-22-q3/editions/-1", "/quarters"]) {
      expect((await request.get(target)).status(), target).toBe(404);
    }
    // Request lines no HTTP client library sends as they are: a raw NUL byte, dot segments, raw or
    // encoded (clients resolve both first; Next would too, so they could reach a page by a path
    // the public site and the intranet's gate never saw), and an absolute URL as the target.
    const url = new URL(test.info().project.use.baseURL!);
    const statusOf = (target: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(url.port), url.hostname, () => socket.write(`GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`));
        socket.once("data", (d) => {
          resolve(d.toString().split("\r\n")[0]!);
          socket.destroy();
        });
        socket.once("error", reject);
      });
    for (const target of [
      "/quarters/a\0b",
      "/x/../app/users",
      "/login/../app/users",
      "/quarters/../app",
      "/x/%2E%2E/app/users",
      "/quarters/%2e%2e/%2e%2e/package.json",
      `http://${url.host}/app/users`,
    ]) {
      expect(await statusOf(target), target).toBe("HTTP/1.1 400 Bad Request");
    }
  });
});

/** Paths a change to quarter `slug` may regenerate: its own, the next published quarter's (which shows it as "previous"), and what lists every quarter. */
async function affectedBy(slug: string) {
  const q = (await testDb.quarter.findUniqueOrThrow({ where: { slug }, select: { fyStart: true, quarter: true } }))!;
  const ordinal = q.fyStart * 4 + q.quarter;
  const published = await testDb.submission.findMany({ where: { stage: "PUBLISHED" }, select: { quarter: true } });
  const later = published.map((s) => s.quarter).filter((o) => o.fyStart * 4 + o.quarter > ordinal);
  const next = later.sort((a, b) => a.fyStart * 4 + a.quarter - (b.fyStart * 4 + b.quarter))[0]?.slug;
  return (path: string) =>
    ["/", "/feed.xml", "/data", "/measures"].includes(path) ||
    path.startsWith("/data/") ||
    path.startsWith("/measures/") ||
    path === `/quarters/${slug}` ||
    path.startsWith(`/quarters/${slug}/`) ||
    (next != null && (path === `/quarters/${next}` || path.startsWith(`/quarters/${next}/`)));
}

test.describe("publication regenerates exactly what it affects", () => {
  test("publish, correct and withdraw change every affected artifact (home, feed, quarter, editions, documents, data files, trends) and nothing else", async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const q = await buildQuarter("ready");
    const quarter = `/quarters/${q.slug}`;
    const served = async (paths: string[]) => {
      for (const p of paths) {
        const stored = await testDb.publicArtifact.findUnique({ where: { path: p }, select: { etag: true } });
        expect(stored, `${p} is stored`).not.toBeNull();
        expect((await request.get(p, { headers: { "Accept-Encoding": "identity" } })).headers()["etag"], p).toBe(stored!.etag);
      }
    };
    const expectChanged = async (changed: string[], required: string[]) => {
      const allowed = await affectedBy(q.slug);
      expect(
        changed.filter((p) => !allowed(p)),
        "artifacts of unrelated quarters changed",
      ).toEqual([]);
      expect(changed).toEqual(expect.arrayContaining(required));
      // What changed and is still stored is served as stored (what is gone answers 404 or 410).
      const stored = await artifactTags();
      await served(changed.filter((p) => stored.has(p) && p.startsWith("/") && !p.startsWith("/assets/")));
    };

    let before = await artifactTags();
    await publishSubmission({ actor: q.actors.secretariat, submissionId: q.submissionId });
    expect(await awaitPublicSite()).toBe(true);
    let after = await artifactTags();
    const documents = (edition?: number) =>
      ["pdf", "docx"].map((f) => (edition ? `${quarter}/editions/${edition}/board-paper.${f}` : `${quarter}/board-paper.${f}`));
    await expectChanged(changedPaths(before, after), [
      "/",
      "/feed.xml",
      quarter,
      `${quarter}/data.csv`,
      `${quarter}/data.json`,
      `${quarter}/editions/1`,
      ...documents(),
      ...documents(1),
      "/data/figures.csv",
      "/data/figures.json",
      "/data/kpis.csv",
      "/data/datapackage.json",
      "/measures/homicide",
    ]);
    expect(await (await request.get(quarter)).text()).toContain(q.marker);

    before = after;
    const edition2 = await correctQuarter(q);
    after = await artifactTags();
    // The home page lists the title and day of publication, both unchanged by this correction;
    // edition 1's documents are as they were.
    const corrected = changedPaths(before, after);
    await expectChanged(corrected, [
      "/feed.xml",
      quarter,
      `${quarter}/data.csv`,
      `${quarter}/data.json`,
      `${quarter}/editions/1`,
      `${quarter}/editions/2`,
      ...documents(),
      ...documents(2),
      "/data/figures.csv",
    ]);
    expect(corrected).not.toContain("/");
    expect(corrected.filter((p) => p.startsWith(`${quarter}/editions/1/`))).toEqual([]);
    expect(await (await request.get(`${quarter}/editions/1`)).text()).toContain("This is edition 1, which has been replaced");

    before = after;
    await withdrawQuarter(q, edition2);
    after = await artifactTags();
    await expectChanged(changedPaths(before, after), [
      "/",
      "/feed.xml",
      quarter,
      `${quarter}/data.csv`,
      `${quarter}/data.json`,
      `${quarter}/editions/1`,
      `${quarter}/editions/2`,
      ...documents(),
      "/data/figures.csv",
    ]);
    expect((await request.get(`${quarter}/data.csv`)).status()).toBe(410);
    expect((await request.get(`${quarter}/board-paper.pdf`)).status()).toBe(410);
    expect((await request.get(`${quarter}/editions/1/board-paper.pdf`)).status()).toBe(404);
    expect(await (await request.get(quarter)).text()).toContain("This statement has been withdrawn");
  });
});
