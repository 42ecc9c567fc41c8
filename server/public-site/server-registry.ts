import "server-only";
import { db, publicDb } from "@/server/db";
import { leadingRenderer } from "@/lib/public-site/leading-renderer";

export type ServerRegistryOptions = {
  instanceId: string;
  renderer: string;
  /** How often this server says it is alive. */
  heartbeatMs?: number;
  /** A server not heard from for this long is taken to be gone (stopped, killed, unreachable). */
  staleMs?: number;
  log?: Pick<Console, "error" | "warn">;
};

/** How long a server may go unheard before it is taken to be gone (the registry's default). */
const STALE_MS = 7_000;

/** The servers heard from within `staleMs`: those taken to be running. */
export function liveServers(staleMs = STALE_MS, now = new Date()) {
  return publicDb.publicSiteServer.findMany({ where: { seenAt: { gte: new Date(now.getTime() - staleMs) } } });
}

/**
 * This server's entry among the servers sharing the database (`PublicSiteServer`), and the
 * answer to "whose renderer should the public site be generated with?": the renderer of the
 * most recently started server that is still alive. Every server agrees on it, so servers that
 * run different code or settings (a rolling deploy, a restart after an edit) never take turns
 * regenerating the site: the newest one generates it once and the others serve what it stored.
 * When it stops, or is not heard from for `staleMs`, the next newest takes over.
 */
export function createServerRegistry({
  instanceId,
  renderer,
  heartbeatMs = 2_000,
  staleMs = STALE_MS,
  log = console,
}: ServerRegistryOptions) {
  const startedAt = new Date();
  let timer: NodeJS.Timeout | undefined;
  let failing = false;
  let servedToken: string | null = null;
  let stopped = false;

  async function write() {
    if (stopped) return;
    const now = new Date();
    try {
      // An upsert, not an update: a restored database may not have this server's row.
      await db.$transaction((tx) =>
        tx.publicSiteServer.upsert({
          where: { id: instanceId },
          create: { id: instanceId, renderer, startedAt, seenAt: now, servedToken },
          update: { seenAt: now, servedToken },
        }),
      );
      if (failing) log.warn("The public site's server registration is working again.");
      failing = false;
    } catch (error) {
      // Once per outage, not every few seconds: the database may be read-only for a while.
      if (!failing) log.error("Could not register this server with the public site (other servers may take over building it):", error);
      failing = true;
    }
  }

  // One write at a time, each reading servedToken when it runs, so a heartbeat that started
  // before a new token was reported cannot overwrite it with the old one; and none after the
  // row is deleted at stop, which would bring a stopped server back to life until it is stale.
  let writes: Promise<void> = Promise.resolve();
  const beat = () => (writes = writes.then(write));

  return {
    async start() {
      await beat();
      timer = setInterval(() => void beat(), heartbeatMs);
      timer.unref();
      // Entries of servers long gone; any server may sweep them, and doing it twice is harmless.
      await db
        .$transaction((tx) => tx.publicSiteServer.deleteMany({ where: { seenAt: { lt: new Date(Date.now() - 24 * 3600_000) } } }))
        .catch(() => undefined);
    },
    async stop() {
      clearInterval(timer);
      stopped = true;
      const leave = () => db.$transaction((tx) => tx.publicSiteServer.deleteMany({ where: { id: instanceId } })).then(() => undefined);
      await (writes = writes.then(leave).catch(() => undefined));
    },
    /** Records that this server now serves the artifacts of site token `token` (written in the background). */
    served(token: string) {
      servedToken = token;
      void beat();
    },
    /** The renderer that leads (see lib/public-site/leading-renderer.ts). */
    async leader(): Promise<string> {
      const now = new Date();
      return leadingRenderer(await liveServers(staleMs, now), { id: instanceId, renderer, startedAt }, now, staleMs);
    },
  };
}

export type ServerRegistry = ReturnType<typeof createServerRegistry>;
