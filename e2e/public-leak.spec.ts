import { test, expect, type APIRequestContext } from "@playwright/test";
import { buildQuarter, shownHashes } from "./fixtures/quarters";
import { signIn } from "./fixtures/auth";
import { callServerAction } from "./fixtures/server-action";
import { DEMO_PASSWORD } from "./fixtures/db";
import { isAddress, storedArtifacts } from "./fixtures/public-site";
import { readableText } from "./fixtures/documents";
import { quarterLabel } from "@/lib/quarters";
import { quarterCode } from "@/lib/trends/history";

/** Every same-site page and file reachable from `/`, plus the feed and each quarter's data, as readable text (PDF and Word too). */
async function crawlPublicSite(request: APIRequestContext) {
  const seen = new Map<string, string>();
  const queue = ["/", "/feed.xml"];
  while (queue.length && seen.size < 300) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const response = await request.get(path);
    const body = await readableText(path, await response.body());
    seen.set(path, body);
    for (const match of body.matchAll(/href="(\/[^"#?]*)"/g)) {
      const link = match[1]!;
      if (link.startsWith("/app") || link.startsWith("/api") || link.startsWith("/login") || link.startsWith("/_next")) continue;
      if (!seen.has(link)) queue.push(link);
      if (/^\/quarters\/[^/]+$/.test(link)) queue.push(`${link}/data.csv`, `${link}/data.json`);
    }
  }
  return seen;
}

test("no text from an unpublished quarter appears anywhere public, and its page is live within 2 seconds of publishing", async ({
  page,
  request,
}) => {
  const ready = await buildQuarter("ready");
  const drafting = await buildQuarter("pcc-written");

  for (const q of [ready, drafting]) {
    for (const path of [
      `/quarters/${q.slug}`,
      `/quarters/${q.slug}/data.csv`,
      `/quarters/${q.slug}/data.json`,
      `/quarters/${q.slug}/editions/1`,
      `/quarters/${q.slug}/board-paper.pdf`,
      `/quarters/${q.slug}/board-paper.docx`,
      `/quarters/${q.slug}/editions/1/board-paper.pdf`,
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  }

  const pages = await crawlPublicSite(request);
  expect(pages.has("/quarters/2021-22-q3")).toBe(true);
  expect(pages.has("/quarters/2021-22-q3/data.csv")).toBe(true);
  // The crawl reaches every kind of public file: documents, trends, all-quarters data, the footer's pages.
  for (const path of [
    "/quarters/2021-22-q3/board-paper.pdf",
    "/quarters/2021-22-q3/board-paper.docx",
    "/measures/homicide",
    "/data",
    "/data/figures.csv",
    "/data/kpis.csv",
    "/data/figures.json",
    "/data/datapackage.json",
    "/accessibility",
  ])
    expect(pages.has(path), path).toBe(true);
  expect(pages.get("/quarters/2021-22-q3/board-paper.pdf")).toContain("Appendix A");
  // And every artifact the public site has stored, as served, linked from somewhere or not.
  for (const artifact of await storedArtifacts()) {
    const path = isAddress(artifact.path) ? artifact.path : `stored ${artifact.path}`;
    const bytes = isAddress(artifact.path) ? await (await request.get(artifact.path)).body() : Buffer.from(artifact.body);
    pages.set(path, await readableText(artifact.path, bytes));
  }
  for (const [path, body] of pages) {
    for (const q of [ready, drafting]) {
      expect(body, `${path} mentions an unpublished quarter`).not.toContain(q.marker);
      expect(body, `${path} links an unpublished quarter`).not.toContain(`/quarters/${q.slug}`);
      // Trends, data files and documents name quarters by their code or label, not their address.
      expect(body, `${path} has data from an unpublished quarter`).not.toContain(quarterCode(q));
      expect(body, `${path} names an unpublished quarter`).not.toContain(quarterLabel(q.fyStart, q.quarter));
    }
  }

  // Publish through the real server action, as the secretariat would.
  await signIn(page, ready.actors.secretariat.email, DEMO_PASSWORD);
  const contentHash = (await shownHashes(ready.submissionId)).paper;
  const result = await callServerAction(page.request, "takeActionAction", ready.path, {
    submissionId: ready.submissionId,
    action: "publish",
    contentHash,
  });
  expect(result).toMatchObject({ ok: true });
  const publishedAt = Date.now();
  let status = 0;
  let body = "";
  while (Date.now() - publishedAt < 2000) {
    const response = await request.get(`/quarters/${ready.slug}`);
    status = response.status();
    body = await response.text();
    if (status === 200) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(status, "page live within 2 seconds").toBe(200);
  expect(body).toContain(ready.marker);
  expect(Date.now() - publishedAt).toBeLessThan(2000);
  expect(await (await request.get("/")).text()).toContain(`/quarters/${ready.slug}`);
  expect(await (await request.get("/feed.xml")).text()).toContain(`/quarters/${ready.slug}`);
  // The quarter still being drafted stays out of sight.
  expect(await (await request.get("/")).text()).not.toContain(drafting.marker);
});
