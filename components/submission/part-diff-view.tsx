import type { PartDiff, ParagraphDiff, WordPiece } from "@/lib/diff/part-diff";

function Paragraph({ p }: { p: ParagraphDiff }) {
  if (p.change === "same") return <p className="text-muted">{p.text}</p>;
  if (p.change === "changed") return <ChangedParagraph pieces={p.pieces} />;
  if (p.change === "inserted")
    return (
      <p data-diff="inserted-paragraph">
        <ins className="bg-[#cce2d8] no-underline">
          <span className="sr-only">Added paragraph: </span>
          {p.text}
        </ins>
      </p>
    );
  return (
    <p data-diff="deleted-paragraph">
      <del className="bg-[#f6d7d2]">
        <span className="sr-only">Removed paragraph: </span>
        {p.text}
      </del>
    </p>
  );
}

function ChangedParagraph({ pieces }: { pieces: WordPiece[] }) {
  return (
    <p data-diff="changed-paragraph">
      {pieces.map((piece, i) =>
        piece.change === "inserted" ? (
          <ins key={i} className="bg-[#cce2d8] font-bold no-underline" data-diff="inserted">
            <span className="sr-only">[inserted: </span>
            {piece.text}
            <span className="sr-only">]</span>
          </ins>
        ) : piece.change === "deleted" ? (
          <del key={i} className="bg-[#f6d7d2]" data-diff="deleted">
            <span className="sr-only">[deleted: </span>
            {piece.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </p>
  );
}

/** "What changed": figures old → new, then each changed section with inserted and deleted words marked. */
export function PartDiffView({ diff, measureNames = {} }: { diff: PartDiff; measureNames?: Record<string, string> }) {
  if (!diff.changed) return <p data-diff="none">Nothing has changed.</p>;
  const changedSections = diff.sections.filter((s) => s.change !== "same");
  return (
    <div data-diff="changes">
      {diff.values.length > 0 && (
        <div className="overflow-x-auto">
          <table className="mb-6 w-full border-collapse text-left text-base">
            <caption className="mb-2 text-left font-bold">Figures and entries that changed</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-3">
                  Item
                </th>
                <th scope="col" className="py-2 pr-3">
                  What
                </th>
                <th scope="col" className="py-2 pr-3">
                  Was
                </th>
                <th scope="col" className="py-2">
                  Now
                </th>
              </tr>
            </thead>
            <tbody>
              {diff.values.map((v) => (
                <tr key={`${v.item}-${v.field}`} className="border-b border-line align-top" data-value-change={`${v.item}: ${v.field}`}>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {measureNames[v.item] ?? v.item}
                  </th>
                  <td className="py-2 pr-3">{v.field}</td>
                  <td className="py-2 pr-3">
                    <del className="bg-[#f6d7d2]">{v.before}</del>
                  </td>
                  <td className="py-2">
                    <ins className="bg-[#cce2d8] font-bold no-underline">{v.after}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {changedSections.map((s) => (
        <section key={s.key} className="mb-6 border-l-4 border-link pl-3" aria-label={`Changes in ${s.heading}`} data-diff-section={s.key}>
          <h3 className="text-xl font-bold">
            {s.heading}
            {s.change === "inserted" && " (new section)"}
            {s.change === "deleted" && " (removed section)"}
          </h3>
          {s.headingBefore && <p className="text-base text-muted">Heading was: {s.headingBefore}</p>}
          {s.coversAfter && (
            <p className="text-base text-muted">
              Priorities addressed were: {s.coversBefore?.map((k) => measureNames[k] ?? k).join(", ") || "none"}; now:{" "}
              {s.coversAfter.map((k) => measureNames[k] ?? k).join(", ") || "none"}
            </p>
          )}
          <div className="mt-2 space-y-3">
            {s.paragraphs
              .filter((p) => p.change !== "same")
              .map((p, i) => (
                <Paragraph key={i} p={p} />
              ))}
          </div>
        </section>
      ))}
      {diff.sections.length > changedSections.length && (
        <p className="text-base text-muted">
          {diff.sections.length - changedSections.length} other section{diff.sections.length - changedSections.length === 1 ? "" : "s"}{" "}
          unchanged.
        </p>
      )}
    </div>
  );
}
