import "server-only";
import crypto from "node:crypto";
import { db, publicDb } from "@/server/db";
import { DATA_PATH, FEED_PATH, HOME_PATH, MEASURES_PREFIX, quarterPath } from "@/lib/public-site/paths";
import { encodeArtifact, type EncodedArtifact } from "./encode-artifact";
import type { KeptArtifact, RenderOutput, RenderScope, ReuseLookup } from "./render-site";
import { isCurrent, readSiteState, SITE_ROW, type SiteState } from "./site-state";

// Long enough for a full build of many quarters; a claim left by a crashed instance lapses.
const CLAIM_MS = 60_000;

export type BuildPublicSiteOptions = {
  /** This instance, for the claim. */
  instanceId: string;
  /** Fingerprint of the templates, stylesheet and settings; a different one rebuilds everything. */
  renderer: string;
  /** Renders the artifacts in scope; `reuse` says whether a stored costly artifact is still current. */
  render: (scope: RenderScope, reuse: ReuseLookup) => Promise<RenderOutput[]>;
  /**
   * The renderer the site should be made with when servers disagree (server-registry.ts);
   * by default this one. A server whose renderer does not lead never regenerates another's
   * site: it serves what is stored and leaves changes to the leader.
   */
  leader?: () => Promise<string>;
  /** Told about each build this call stores. */
  onBuilt?: (build: { generation: number; scope: RenderScope; changed: number; removed: number }) => void;
};

/**
 * "current": nothing to do; "built": this call stored a new generation; "busy": another
 * instance is building it, or will (the leader, when this instance's renderer does not lead).
 */
export type BuildOutcome = "current" | "built" | "busy";

// Writes go through the app's own connection (`db`), in transactions, like every other write
// in this process: with SQLite, a second writing connection in the same process would wait for
// a lock that only this process's own event loop could release.

async function ensureSiteRow() {
  try {
    await db.$transaction((tx) =>
      tx.publicSite.upsert({
        where: { id: SITE_ROW },
        create: { id: SITE_ROW, token: "", renderer: "", builtAt: new Date(0) },
        update: {},
      }),
    );
  } catch {
    // Another instance created it at the same moment.
  }
}

async function claim(instanceId: string) {
  const now = new Date();
  const { count } = await db.$transaction((tx) =>
    tx.publicSite.updateMany({
      where: { id: SITE_ROW, OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }, { claimedBy: instanceId }] },
      data: { claimedBy: instanceId, claimedUntil: new Date(now.getTime() + CLAIM_MS) },
    }),
  );
  return count === 1;
}

async function release(instanceId: string) {
  await db.$transaction((tx) =>
    tx.publicSite.updateMany({ where: { id: SITE_ROW, claimedBy: instanceId }, data: { claimedBy: null, claimedUntil: null } }),
  );
}

function scopeFilter(scope: RenderScope) {
  if (scope.kind === "all") return {};
  return {
    OR: [
      // What lists every quarter: the home page, feed, trend pages and the all-quarters data.
      { path: { in: [HOME_PATH, FEED_PATH, DATA_PATH, "/measures"] } },
      { path: { startsWith: MEASURES_PREFIX } },
      { path: { startsWith: `${DATA_PATH}/` } },
      ...scope.slugs.flatMap((slug) => [{ path: quarterPath(slug) }, { path: { startsWith: `${quarterPath(slug)}/` } }]),
    ],
  };
}

/**
 * Writes what changed, in one transaction with the new generation: an artifact whose bytes are
 * unchanged is not touched (same row, same ETag), and one in scope that is no longer produced
 * is deleted. Committed only while this instance still holds the claim.
 */
async function store(
  scope: RenderScope,
  artifacts: EncodedArtifact[],
  kept: KeptArtifact[],
  target: number,
  { instanceId, renderer }: BuildPublicSiteOptions,
) {
  const now = new Date();
  return db.$transaction(async (tx) => {
    // A write first: on SQLite a transaction that reads and then writes fails with
    // SQLITE_BUSY_SNAPSHOT (no busy timeout helps) when another process commits in between,
    // such as a second instance's heartbeat in the server registry. Writing first takes the
    // write lock before anything is read; it also checks the claim is still this instance's.
    const held = await tx.publicSite.updateMany({ where: { id: SITE_ROW, claimedBy: instanceId }, data: { builtAt: now } });
    if (held.count !== 1) throw new Error("The public site build lost its claim to another instance; it will be retried.");
    const produced = new Map<string, unknown>([...artifacts.map((a) => [a.path, a] as const), ...kept.map((k) => [k.path, k] as const)]);
    const [current, inScope] = await Promise.all([
      tx.publicArtifact.findMany({ where: { path: { in: artifacts.map((a) => a.path) } }, select: { path: true, etag: true } }),
      tx.publicArtifact.findMany({ where: scopeFilter(scope), select: { path: true } }),
    ]);
    const stored = new Map(current.map((c) => [c.path, c.etag]));
    const changed = artifacts.filter((a) => stored.get(a.path) !== a.etag);
    const stale = inScope.map((a) => a.path).filter((path) => !produced.has(path));
    for (const a of changed) {
      const data = {
        status: a.status,
        contentType: a.contentType,
        headers: JSON.stringify(a.headers),
        body: new Uint8Array(a.body),
        gzip: new Uint8Array(a.gzip),
        brotli: new Uint8Array(a.brotli),
        etag: a.etag,
        generation: target,
        updatedAt: now,
        source: a.source ?? null,
      };
      await tx.publicArtifact.upsert({ where: { path: a.path }, create: { path: a.path, ...data }, update: data });
    }
    if (stale.length) await tx.publicArtifact.deleteMany({ where: { path: { in: stale } } });
    const site = await tx.publicSite.findUniqueOrThrow({ where: { id: SITE_ROW }, select: { token: true } });
    const token = changed.length || stale.length || !site.token ? crypto.randomUUID() : site.token;
    await tx.publicSite.update({ where: { id: SITE_ROW }, data: { builtGeneration: target, renderer, token } });
    return { changed: changed.length, removed: stale.length };
  });
}

/** Which stored artifacts were made from what (costly ones only), for the renderer to keep those still current. */
async function reuseLookup(): Promise<ReuseLookup> {
  const rows = await publicDb.publicArtifact.findMany({ where: { source: { not: null } }, select: { path: true, source: true } });
  const sources = new Map(rows.map((r) => [r.path, r.source]));
  return async (path, source) => {
    if (sources.get(path) !== source) return null;
    const row = await publicDb.publicArtifact.findUnique({ where: { path }, select: { body: true, source: true } });
    return row?.source === source ? row.body.length : null;
  };
}

/**
 * What this instance should do with the site as it is: nothing, build, or leave it to another
 * instance. The stored site was made by another renderer: regenerate it all only when this
 * instance's renderer leads; otherwise it is served as it is, and any change waits for the
 * leader (so servers running different code never take turns rebuilding everything).
 */
async function plan(state: SiteState, options: BuildPublicSiteOptions): Promise<"current" | "build" | "follow"> {
  if (isCurrent(state, options.renderer)) return "current";
  if (!state.site || state.site.renderer === options.renderer || !options.leader) return "build";
  if ((await options.leader()) === options.renderer) return "build";
  return state.site.builtGeneration >= state.generation ? "current" : "follow";
}

/**
 * Brings the stored public artifacts up to the database's publication generation, once per
 * change however many instances run: the instance that claims the site row renders what the
 * recorded changes affect (everything when the renderer changed) and stores it; the others
 * get "busy" and pick the result up from the database.
 */
export async function buildPublicSite(options: BuildPublicSiteOptions): Promise<BuildOutcome> {
  const first = await plan(await readSiteState(), options);
  if (first !== "build") return first === "current" ? "current" : "busy";
  await ensureSiteRow();
  if (!(await claim(options.instanceId))) return "busy";
  try {
    // Read again under the claim: another instance may have built in the meantime.
    const state = await readSiteState();
    const again = await plan(state, options);
    if (again !== "build") return again === "current" ? "current" : "busy";
    const built = state.site?.builtGeneration ?? 0;
    const everything = !state.site || state.site.renderer !== options.renderer;
    const changes = everything
      ? []
      : await publicDb.publicSiteChange.findMany({ where: { id: { gt: built, lte: state.generation } }, select: { slug: true } });
    const scope: RenderScope =
      everything || changes.some((c) => c.slug === null)
        ? { kind: "all" }
        : { kind: "quarters", slugs: [...new Set(changes.map((c) => c.slug!))] };
    const rendered = await options.render(scope, await reuseLookup());
    const kept = rendered.filter((a): a is KeptArtifact => "keep" in a);
    const artifacts = await Promise.all(
      rendered.filter((a) => !("keep" in a)).map((a) => encodeArtifact(a as Exclude<RenderOutput, KeptArtifact>)),
    );
    const stored = await store(scope, artifacts, kept, state.generation, options);
    options.onBuilt?.({ generation: state.generation, scope, ...stored });
    return "built";
  } finally {
    await release(options.instanceId);
  }
}
