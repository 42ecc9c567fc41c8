/** A server sharing the database, as the public site's registry records it. */
export type RegisteredServer = { id: string; renderer: string; startedAt: Date; seenAt: Date };

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The renderer the public site should be generated with: that of the most recently started
 * server among those seen within `staleMs` (and `self`, which is alive whatever its entry
 * says). Ties, within one millisecond, go to the greater renderer and then id, so every server
 * reaches the same answer from the same rows.
 */
export function leadingRenderer(servers: RegisteredServer[], self: Omit<RegisteredServer, "seenAt">, now: Date, staleMs: number) {
  const live = servers.filter((s) => s.id !== self.id && now.getTime() - s.seenAt.getTime() <= staleMs);
  const newest = [...live, self].sort(
    (a, b) => b.startedAt.getTime() - a.startedAt.getTime() || compare(b.renderer, a.renderer) || compare(b.id, a.id),
  )[0]!;
  return newest.renderer;
}
