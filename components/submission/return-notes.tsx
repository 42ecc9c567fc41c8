import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { PART_LABELS, type Part } from "@/lib/workflow/stages";

type Note = { id: string; part: Part; authorName: string; comment: string; createdAt: Date };

/** Return comments stay in view until the authors resubmit the part. */
export function ReturnNotes({ notes, changesHref }: { notes: Note[]; changesHref?: string }) {
  if (notes.length === 0) return null;
  return (
    <section aria-label="Returned for changes" className="mb-4">
      {notes.map((n) => (
        <div key={n.id} role="note" className="mb-3 border-l-8 border-danger bg-panel p-4" data-return-note={n.part}>
          <h3 className="text-xl font-bold">Returned: {PART_LABELS[n.part]}</h3>
          <p className="my-1 whitespace-pre-line">“{n.comment}”</p>
          <p className="text-base text-muted">
            {n.authorName}, {formatDateTime(n.createdAt)}. This stays here until the part is submitted again.
            {changesHref && (
              <>
                {" "}
                <Link href={changesHref}>See what has changed since it was returned</Link>.
              </>
            )}
          </p>
        </div>
      ))}
    </section>
  );
}
