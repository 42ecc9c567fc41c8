import Link from "next/link";
import { ParagraphText } from "@/components/statement/paragraph-text";
import { FigureCheckNotes } from "./figure-check-notes";
import type { CheckedFigure } from "@/lib/figure-check/check-paragraph";

type Section = {
  id: string;
  kind: string;
  heading: string;
  measureKey: string | null;
  covers: { measureKey: string }[];
  numbered: { number: number; text: string }[];
};

/** A part's sections as they will read in the paper, with edit links and figure checks. */
export function StatementPart({
  sections,
  submissionId,
  canEdit,
  figuresByMeasure,
  measureNames,
}: {
  sections: Section[];
  submissionId: string;
  canEdit: boolean;
  figuresByMeasure?: Record<string, CheckedFigure[]>;
  measureNames: Record<string, string>;
}) {
  return (
    <>
      {sections.map((s) => (
        <div key={s.id} className="mb-6" data-section={s.kind} data-measure={s.measureKey ?? undefined}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="text-xl font-bold">{s.heading}</h3>
            {canEdit && (
              <Link href={`/app/submissions/${submissionId}/sections/${s.id}`}>
                Edit<span className="sr-only"> {s.heading}</span>
              </Link>
            )}
          </div>
          {s.kind === "PCC_THEME" && (
            <p className="text-sm text-muted">
              Addresses: {s.covers.map((c) => measureNames[c.measureKey] ?? c.measureKey).join(", ") || "no national priority selected"}
            </p>
          )}
          {s.numbered.length === 0 ? (
            <p className="text-muted">No paragraphs yet.</p>
          ) : (
            <ol className="mt-2 space-y-3">
              {s.numbered.map((p) => (
                <li key={p.number} value={p.number} className="ml-8 list-decimal pl-2">
                  <ParagraphText text={p.text} />
                  {figuresByMeasure && s.measureKey && <FigureCheckNotes text={p.text} figures={figuresByMeasure[s.measureKey] ?? []} />}
                </li>
              ))}
            </ol>
          )}
        </div>
      ))}
    </>
  );
}
