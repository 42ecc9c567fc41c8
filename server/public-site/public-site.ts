import "server-only";
import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createArtifactCache } from "./artifact-cache";
import { buildPublicSite } from "./build-public-site";
import { handlePublicRequest } from "./handle-public-request";
import { createServerRegistry } from "./server-registry";
import type { RenderedArtifact, RenderScope, RenderSettings, ReuseLookup } from "./render-site";

export type PublicSiteOptions = {
  /** Fingerprint of templates, stylesheet and settings (see scripts/serve.ts). */
  renderer: string;
  settings: () => Promise<RenderSettings>;
  /** How often to look for changes made elsewhere (other instances, scripts, a restore). */
  pollMs?: number;
  /** Heartbeat and liveness limit of this server's entry in the registry (server-registry.ts). */
  heartbeatMs?: number;
  staleMs?: number;
  /** Renders the artifacts; by default render-site.tsx (tests give a stand-in). */
  render?: (scope: RenderScope, settings: RenderSettings) => Promise<RenderedArtifact[]>;
  log?: Pick<Console, "log" | "error" | "warn">;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The public site of one server instance: builds the stored artifacts when the database's
 * publication generation moves on (or waits for the instance that claimed the build), keeps an
 * in-memory copy checked against the database several times a second, and answers public
 * requests from that copy.
 */
export function createPublicSite({
  renderer,
  settings,
  pollMs = 200,
  heartbeatMs,
  staleMs,
  render: renderWith,
  log = console,
}: PublicSiteOptions) {
  const instanceId = crypto.randomUUID();
  const cache = createArtifactCache();
  const registry = createServerRegistry({ instanceId, renderer, heartbeatMs, staleMs, log });

  // Rendering code (React's server renderer, the components, Markdown, Tailwind) loads only
  // when there is something to build, which keeps a restart quick.
  async function render(scope: RenderScope, reuse: ReuseLookup) {
    if (renderWith) return renderWith(scope, await settings());
    const { renderSite } = await import("./render-site");
    return renderSite(scope, await settings(), reuse);
  }

  function onBuilt({ generation, scope, changed, removed }: { generation: number; scope: RenderScope; changed: number; removed: number }) {
    const what = scope.kind === "all" ? "everything" : scope.slugs.join(", ");
    log.log(`Public site: built generation ${generation} here (${what}; ${changed} artifacts written, ${removed} removed).`);
  }

  // Loads whatever changed and says so in the registry, for processes waiting on every server
  // (not awaited: an action waiting on this sync needs the copy here, not the registry row).
  async function load() {
    if (await cache.refresh()) registry.served(cache.token!);
  }

  async function catchUp(timeoutMs: number) {
    const deadline = Date.now() + timeoutMs;
    // Whatever is stored already (another instance's build, a restored database) is served
    // at once, before building anything that is pending.
    await load();
    for (;;) {
      const outcome = await buildPublicSite({ instanceId, renderer, render, leader: registry.leader, onBuilt });
      await load();
      if (outcome !== "busy") return;
      if (Date.now() > deadline) throw new Error("Timed out waiting for another instance to build the public site.");
      await sleep(50);
    }
  }

  // Syncs run one after another, so a sync requested after a change has committed always
  // starts after that commit and sees it.
  let chain: Promise<void> = Promise.resolve();
  let inFlight = 0;
  function sync(timeoutMs = 30_000): Promise<void> {
    inFlight++;
    const run = chain.then(() => catchUp(timeoutMs)).finally(() => inFlight--);
    chain = run.catch(() => undefined);
    return run;
  }

  let timer: NodeJS.Timeout | undefined;
  let retryAt = 0;
  function poll() {
    if (inFlight > 0 || Date.now() < retryAt) return;
    sync().catch((error: unknown) => {
      // Keep serving what is stored; try again shortly rather than on every tick.
      retryAt = Date.now() + 5_000;
      log.error("Could not update the public site:", error);
    });
  }

  return {
    /**
     * Loads the stored artifacts and keeps them current. What is stored is served at once;
     * pending changes (or a new renderer after a deploy) are built meanwhile. Only a database
     * with nothing stored yet waits for its first build.
     */
    async start() {
      // Registered first, so that as the newest server this one leads from its first build.
      await registry.start();
      await load();
      const first = sync(120_000);
      if (cache.size === 0) await first;
      else
        first.catch((error: unknown) => {
          retryAt = Date.now() + 5_000;
          log.error("Could not update the public site:", error);
        });
      timer = setInterval(poll, pollMs);
      timer.unref();
    },
    /** Stops polling and leaves the registry, so another server's renderer can lead at once. */
    async stop() {
      clearInterval(timer);
      await registry.stop();
    },
    /** Resolves once every change committed before the call is built and loaded here. */
    sync,
    handle(req: IncomingMessage, res: ServerResponse, pathname: string) {
      handlePublicRequest(cache, req, res, pathname);
    },
    get artifacts() {
      return cache.size;
    },
  };
}

export type PublicSite = ReturnType<typeof createPublicSite>;
