import { ParagraphText } from "@/components/statement/paragraph-text";

/** Numbered paragraphs; `value` keeps the paper's continuous numbering across sections. */
export function ParagraphList({ paragraphs }: { paragraphs: { number: number; text: string }[] }) {
  if (paragraphs.length === 0) return null;
  return (
    <ol className="paper-paragraphs mb-6 space-y-3">
      {paragraphs.map((p) => (
        <li key={p.number} value={p.number} className="ml-9 list-decimal pl-2" data-paragraph={p.number}>
          <ParagraphText text={p.text} />
        </li>
      ))}
    </ol>
  );
}
