import Link from "next/link";
import { SINCE_LABELS, type Since, getPartChanges } from "@/server/submissions/get-part-changes";
import type { Actor } from "@/lib/permissions";
import type { ApprovedPart } from "@/lib/workflow/stages";
import { slugOf } from "@/lib/workflow/part-slug";
import { PartDiffView } from "./part-diff-view";

/** "What changed" beside a part under review: the most useful baseline shown, the others a link away. */
export async function ChangesPanel({
  actor,
  submissionId,
  part,
  baselines,
  measureNames,
}: {
  actor: Actor;
  submissionId: string;
  part: ApprovedPart;
  baselines: Since[];
  measureNames: Record<string, string>;
}) {
  const base = `/app/submissions/${submissionId}/changes/${slugOf(part)}`;
  if (baselines.length === 0)
    return (
      <section aria-labelledby="changes-heading" className="mb-8 border-l-8 border-link bg-panel p-4">
        <h2 id="changes-heading" className="text-2xl font-bold">
          What changed
        </h2>
        <p>This is the first time it has been submitted, so there is nothing earlier to compare it with.</p>
      </section>
    );
  const first = baselines[0]!;
  const changes = await getPartChanges(actor, submissionId, part, first);
  return (
    <section aria-labelledby="changes-heading" className="mb-8 border-l-8 border-link bg-panel p-4" data-changes-since={first}>
      <h2 id="changes-heading" className="text-2xl font-bold">
        What changed {SINCE_LABELS[first]}
      </h2>
      {changes?.found ? <PartDiffView diff={changes.diff} measureNames={measureNames} /> : <p>Nothing to compare with.</p>}
      <p className="mt-3 flex flex-wrap gap-x-6 text-base">
        {baselines.map((b) => (
          <Link key={b} href={`${base}?since=${b}`}>
            What changed {SINCE_LABELS[b]}
          </Link>
        ))}
      </p>
    </section>
  );
}
