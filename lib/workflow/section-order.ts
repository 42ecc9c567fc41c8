// The order of a board paper: purpose, the force statement by measure, the PCC statement
// (introduction, then themes), reporting frequency, recommendations. Paragraphs are
// numbered continuously in this order.
export const SECTION_KIND_ORDER = ["PURPOSE", "MEASURE", "PCC_INTRO", "PCC_THEME", "REPORTING", "RECOMMENDATIONS"] as const;
export type SectionKindName = (typeof SECTION_KIND_ORDER)[number];

export function compareSections(a: { kind: string; position: number }, b: { kind: string; position: number }) {
  const byKind = SECTION_KIND_ORDER.indexOf(a.kind as SectionKindName) - SECTION_KIND_ORDER.indexOf(b.kind as SectionKindName);
  return byKind !== 0 ? byKind : a.position - b.position;
}

/**
 * Sections in paper order with ties in position broken by id: a total order, so the result
 * never depends on the order the database returned them in (or on its collation: ids are
 * compared by code point).
 */
export function inPaperOrder<T extends { kind: string; position: number; id: string }>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => compareSections(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
