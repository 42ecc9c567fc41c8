import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageMain } from "@/components/ui/page";
import { EditHeader } from "@/components/submission/edit-header";
import { ActionForm } from "@/components/submission/action-form";
import { FigureCheckSummary } from "@/components/submission/figure-check-summary";
import { PartView } from "@/components/submission/part-view";
import { ReturnNotes } from "@/components/submission/return-notes";
import { PartStatusTag } from "@/components/submission/status-tag";
import { PART_NAMES } from "@/lib/workflow/stages";
import { PART_SLUGS } from "@/lib/workflow/part-slug";
import { requirePermission } from "@/server/session";
import { getPartReview } from "@/server/submissions/get-part-review";
import { takeActionAction } from "../../actions";

export const metadata: Metadata = { title: "Check and submit" };

export default async function SubmitPage({ params }: { params: Promise<{ id: string; part: string }> }) {
  const actor = await requirePermission("submission:view");
  const { id, part: slug } = await params;
  const part = PART_SLUGS[slug];
  if (!part) notFound();
  const review = await getPartReview(actor, id, part);
  if (!review || !review.submit.offered) notFound();
  const name = PART_NAMES[part];
  const base = `/app/submissions/${id}`;
  const submitted = review.status === "SUBMITTED" || review.status === "APPROVED";
  return (
    <PageMain>
      <EditHeader submission={review} title={`Check and submit the ${name}`} />
      <p className="mb-6 flex flex-wrap items-center gap-3">
        <span>The {name} is</span> <PartStatusTag part={part} status={review.status} />
      </p>
      <ReturnNotes notes={review.returnNotes} changesHref={`${base}/changes/${slug}?since=return`} />
      {review.unfinishedTasks.length > 0 && (
        <section aria-labelledby="unfinished-heading" className="mb-8 border-l-8 border-warning bg-panel p-4">
          <h2 id="unfinished-heading" className="mb-2 text-xl font-bold">
            Still to do
          </h2>
          <ul className="list-disc pl-6">
            {review.unfinishedTasks.map((t) => (
              <li key={t.id}>
                <Link href={`${base}/${t.path}`}>{t.label}</Link>
                {t.note ? `: ${t.note}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      {part === "FORCE" && <FigureCheckSummary check={review.figureCheck} />}
      <PartView review={review} />
      <section aria-labelledby="submit-heading" className="mb-8 border-t-4 border-ink pt-4">
        <h2 id="submit-heading" className="mb-3 text-2xl font-bold">
          Submit
        </h2>
        {submitted ? (
          <p>The {name} has been submitted. A change to it takes it back to in progress, to be submitted again.</p>
        ) : review.submit.result.ok ? (
          <ActionForm
            submissionId={id}
            run={takeActionAction}
            action={part === "FORCE" ? "submit_force" : "submit_pcc"}
            successHref={`${base}?done=submitted-${slug}`}
            label={`Submit the ${name}`}
            askCheckedFlags={part === "FORCE" && review.figureCheck.flagged > 0}
            description={
              <p>
                {part === "FORCE"
                  ? "The DCC will review the figures, KPI actuals and force statement as shown above, then approve them or return them with a comment."
                  : "The PCC will review the statement as shown above, then approve it or return it with a comment."}
              </p>
            }
          />
        ) : (
          <div className="border-l-8 border-warning bg-panel p-4" data-submit-refusal>
            <h3 className="font-bold">You cannot submit the {name} yet</h3>
            <p>{review.submit.result.message}</p>
          </div>
        )}
      </section>
    </PageMain>
  );
}
