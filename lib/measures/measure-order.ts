type MeasureSection = { kind: string; measureKey: string | null; position: number };

/**
 * Items that name a national measure (priorities marked not applicable, those a PCC theme
 * covers), in the order the measures appear in the statement. The database is not asked for
 * an order: unordered rows come back in insertion order on SQLite but in no fixed order on
 * PostgreSQL, and sorting by key there would follow the server's collation. Keys with no
 * measure section come last, by key.
 */
export function inMeasureOrder<T extends { measureKey: string }>(items: readonly T[], sections: readonly MeasureSection[]): T[] {
  const position = new Map(sections.filter((s) => s.kind === "MEASURE" && s.measureKey).map((s) => [s.measureKey!, s.position]));
  const rank = (key: string) => position.get(key) ?? Number.POSITIVE_INFINITY;
  return [...items].sort(
    (a, b) => rank(a.measureKey) - rank(b.measureKey) || (a.measureKey < b.measureKey ? -1 : a.measureKey > b.measureKey ? 1 : 0),
  );
}
