import { checkParagraph, type CheckedFigure } from "@/lib/figure-check/check-paragraph";

const STYLE = { confirmed: "text-success", flagged: "text-danger font-bold", noted: "text-muted" } as const;
const ICON = { confirmed: "✔", flagged: "⚠", noted: "·" } as const;
const WORD = { confirmed: "Confirmed", flagged: "Flagged", noted: "Noted" } as const;

/** Inline results of the figure checker for one paragraph. Flags warn; they never block. */
export function FigureCheckNotes({ text, figures }: { text: string; figures: CheckedFigure[] }) {
  const findings = checkParagraph(text, figures).filter((f) => f.status !== "noted" || f.isPercent);
  if (findings.length === 0) return null;
  return (
    <ul className="mt-1 text-sm" aria-label="Figure check">
      {findings.map((f) => (
        <li key={`${f.start}-${f.text}`} className={STYLE[f.status]} data-check-status={f.status}>
          <span aria-hidden="true">{ICON[f.status]} </span>
          <span className="sr-only">{WORD[f.status]}: </span>“{f.text}”: {f.message}
        </li>
      ))}
    </ul>
  );
}
