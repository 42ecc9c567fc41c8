import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageMain } from "@/components/ui/page";
import { Notice } from "@/components/ui/notice";
import { EditHeader } from "@/components/submission/edit-header";
import { ActionForm } from "@/components/submission/action-form";
import { ChangesPanel } from "@/components/submission/changes-panel";
import { FigureCheckSummary } from "@/components/submission/figure-check-summary";
import { PartView } from "@/components/submission/part-view";
import { ReturnNotes } from "@/components/submission/return-notes";
import { PartStatusTag } from "@/components/submission/status-tag";
import { ApprovalStatus } from "@/components/submission/approval-status";
import { formatDateTime } from "@/lib/format";
import { PART_NAMES } from "@/lib/workflow/stages";
import { PART_SLUGS } from "@/lib/workflow/part-slug";
import { requirePermission } from "@/server/session";
import { getPartReview } from "@/server/submissions/get-part-review";
import { takeActionAction } from "../../actions";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ params }: { params: Promise<{ id: string; part: string }> }) {
  const actor = await requirePermission("submission:view");
  const { id, part: slug } = await params;
  const part = PART_SLUGS[slug];
  if (!part) notFound();
  const review = await getPartReview(actor, id, part);
  if (!review) notFound();
  const name = PART_NAMES[part];
  const approver = part === "FORCE" ? "DCC" : "PCC";
  const base = `/app/submissions/${id}`;
  return (
    <PageMain>
      <EditHeader submission={review} title={`Review the ${name}`} />
      <p className="mb-6 flex flex-wrap items-center gap-3">
        <span>The {name} is</span> <PartStatusTag part={part} status={review.status} />
      </p>
      <ReturnNotes notes={review.returnNotes} />
      {review.pccNotice && (
        <Notice tone="warning" title="The force part has changed since this statement was submitted">
          <p>
            It was {review.pccNotice.event === "APPROVED" ? "approved" : "submitted"} on {formatDateTime(review.pccNotice.at)} against an
            earlier force part.{" "}
            {review.pccNotice.forceSnapshotId && (
              <Link href={`${base}/changes/force?since=${review.pccNotice.forceSnapshotId}`}>See what changed in the force part</Link>
            )}
          </p>
        </Notice>
      )}
      <ChangesPanel actor={actor} submissionId={id} part={part} baselines={review.baselines} measureNames={review.measureNames} />

      <h2 className="mb-3 text-2xl font-bold">The {name} as it will be published</h2>
      {part === "FORCE" && <FigureCheckSummary check={review.figureCheck} />}
      <PartView review={review} />

      <section aria-labelledby="decision-heading" className="mb-8 border-t-4 border-ink pt-4" id="decision">
        <h2 id="decision-heading" className="mb-3 text-2xl font-bold">
          Your decision
        </h2>
        <ApprovalStatus view={review} />
        {!review.approve.offered ? (
          <p>
            Only the {approver} can approve the {name}.
          </p>
        ) : review.approve.result.ok ? (
          <ActionForm
            submissionId={id}
            run={takeActionAction}
            action={part === "FORCE" ? "approve_force" : "approve_pcc"}
            contentHash={review.contentHash}
            successHref={`${base}?done=approved-${slug}`}
            label={`Approve the ${name}`}
            description={<p>You approve the {name} exactly as shown on this page. Any later change voids your approval.</p>}
          />
        ) : (
          <div className="mb-4 border-l-8 border-warning bg-panel p-4" data-approve-refusal>
            <h3 className="font-bold">You cannot approve the {name}</h3>
            <p>{review.approve.result.message}</p>
          </div>
        )}
        {review.returnable && (
          <details className="border-l-8 border-line p-4" data-return-disclosure>
            <summary className="cursor-pointer font-bold text-link">Return the {name} with a comment</summary>
            <ActionForm
              submissionId={id}
              run={takeActionAction}
              action={part === "FORCE" ? "return_force" : "return_pcc"}
              successHref={`${base}?done=returned-${slug}`}
              label={`Return the ${name}`}
              variant="secondary"
              commentLabel={`What needs to change in the ${name}`}
            />
          </details>
        )}
      </section>
    </PageMain>
  );
}
