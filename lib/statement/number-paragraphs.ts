import { compareSections } from "@/lib/workflow/section-order";

type Section = { kind: string; position: number; paragraphs: { text: string }[] };

/** Numbers paragraphs continuously from 1 across the whole paper, in paper order. */
export function numberParagraphs<S extends Section>(sections: S[]): (S & { numbered: { number: number; text: string }[] })[] {
  let next = 1;
  return [...sections].sort(compareSections).map((s) => ({ ...s, numbered: s.paragraphs.map((p) => ({ number: next++, text: p.text })) }));
}
