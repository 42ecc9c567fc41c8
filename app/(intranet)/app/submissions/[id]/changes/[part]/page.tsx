import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageMain } from "@/components/ui/page";
import { EditHeader } from "@/components/submission/edit-header";
import { PartDiffView } from "@/components/submission/part-diff-view";
import { formatDateTime } from "@/lib/format";
import { PART_NAMES } from "@/lib/workflow/stages";
import { PART_SLUGS } from "@/lib/workflow/part-slug";
import { requirePermission } from "@/server/session";
import { getEditHeader } from "@/server/submissions/get-edit-data";
import { getPartChanges, SINCE_LABELS, type Since } from "@/server/submissions/get-part-changes";
import { db } from "@/server/db";

export const metadata: Metadata = { title: "What changed" };

export default async function ChangesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; part: string }>;
  searchParams: Promise<{ since?: string }>;
}) {
  const actor = await requirePermission("submission:view");
  const [{ id, part: slug }, { since = "return" }] = await Promise.all([params, searchParams]);
  const part = PART_SLUGS[slug];
  if (!part) notFound();
  const [header, changes, measures] = await Promise.all([
    getEditHeader(actor, id),
    getPartChanges(actor, id, part, since),
    db.measure.findMany({ select: { key: true, name: true } }),
  ]);
  if (!header || !changes) notFound();
  const name = PART_NAMES[part];
  const base = `/app/submissions/${id}`;
  return (
    <PageMain>
      <EditHeader submission={header} title={`What changed in the ${name}`} />
      <p className="mb-4 text-lg">
        {changes.found ? (
          <>
            Changes {changes.label}
            {changes.at ? ` (${formatDateTime(changes.at)})` : ""} to now.
          </>
        ) : (
          <>There is no earlier version to compare with {changes.label}.</>
        )}
      </p>
      <p className="mb-6 flex flex-wrap gap-x-6 text-base">
        {(Object.keys(SINCE_LABELS) as Since[]).map((s) => (
          <Link key={s} href={`${base}/changes/${slug}?since=${s}`} aria-current={s === since ? "page" : undefined}>
            {SINCE_LABELS[s].replace(/^since/, "Since")}
          </Link>
        ))}
        <Link href={`${base}/review/${slug}`}>Review the {name}</Link>
      </p>
      {changes.found && <PartDiffView diff={changes.diff} measureNames={Object.fromEntries(measures.map((m) => [m.key, m.name]))} />}
    </PageMain>
  );
}
