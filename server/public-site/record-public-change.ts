import "server-only";
import type { Tx } from "@/server/db";

/**
 * Records that what the public site shows has changed: call it inside the transaction that
 * makes the change, so the change and the request to regenerate commit (or roll back)
 * together. The row's id is the new publication generation. A slug limits regeneration to
 * that quarter's artifacts (plus the home page and feed); null regenerates everything.
 */
export async function recordPublicChange(tx: Pick<Tx, "publicSiteChange">, slug: string | null): Promise<number> {
  const change = await tx.publicSiteChange.create({ data: { slug }, select: { id: true } });
  return change.id;
}
