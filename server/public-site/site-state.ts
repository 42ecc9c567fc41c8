import "server-only";
import { publicDb } from "@/server/db";

/** The one PublicSite row's id. */
export const SITE_ROW = 1;

/**
 * The generated site's state and the database's publication generation (the latest change
 * recorded): two reads by primary key, cheap enough to poll several times a second. Read
 * through the public connection, which sees only committed data: a change still inside its
 * transaction must not be built yet.
 */
export async function readSiteState() {
  const [site, latest] = await Promise.all([
    publicDb.publicSite.findUnique({ where: { id: SITE_ROW }, select: { builtGeneration: true, token: true, renderer: true } }),
    publicDb.publicSiteChange.findFirst({ orderBy: { id: "desc" }, select: { id: true } }),
  ]);
  return { site, generation: latest?.id ?? 0 };
}

export type SiteState = Awaited<ReturnType<typeof readSiteState>>;

/** Whether the stored artifacts show every recorded change and were made by this renderer. */
export function isCurrent({ site, generation }: SiteState, renderer: string) {
  return !!site && site.renderer === renderer && site.builtGeneration >= generation;
}
