// The order of a board paper: purpose, the force statement by measure, the PCC statement
// (introduction, then themes), reporting frequency, recommendations. Paragraphs are
// numbered continuously in this order.
export const SECTION_KIND_ORDER = ["PURPOSE", "MEASURE", "PCC_INTRO", "PCC_THEME", "REPORTING", "RECOMMENDATIONS"] as const;
export type SectionKindName = (typeof SECTION_KIND_ORDER)[number];

export function compareSections(a: { kind: string; position: number }, b: { kind: string; position: number }) {
  const byKind = SECTION_KIND_ORDER.indexOf(a.kind as SectionKindName) - SECTION_KIND_ORDER.indexOf(b.kind as SectionKindName);
  return byKind !== 0 ? byKind : a.position - b.position;
}
