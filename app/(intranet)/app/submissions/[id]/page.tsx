import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageMain, PageTitle } from "@/components/ui/page";
import { Notice } from "@/components/ui/notice";
import { StageTag } from "@/components/ui/stage-tag";
import { DeadlineTag } from "@/components/ui/deadline-tag";
import { ApprovalStatus } from "@/components/submission/approval-status";
import { ChecklistPanel } from "@/components/submission/checklist-panel";
import { DoneBanner } from "@/components/submission/done-banner";
import { HistoryList } from "@/components/submission/history-list";
import { ReturnNotes } from "@/components/submission/return-notes";
import { TaskList } from "@/components/submission/task-list";
import { ActionForm } from "@/components/submission/action-form";
import { ActionButton } from "@/components/forms/action-button";
import { DraftDownloads } from "@/components/submission/draft-downloads";
import { can } from "@/lib/permissions";
import { formatDateTime } from "@/lib/format";
import { quarterLabel } from "@/lib/quarters";
import { quarterPath } from "@/lib/public-site/paths";
import { requirePermission } from "@/server/session";
import { getSubmission } from "@/server/submissions/get-submission";
import { abandonEditionAction, addPccSectionAction, takeActionAction } from "./actions";
import { StartEditionForm } from "./start-edition-form";

export const metadata: Metadata = { title: "Submission" };

export default async function SubmissionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string; saved?: string }>;
}) {
  const actor = await requirePermission("submission:view");
  const [{ id }, { done, saved }] = await Promise.all([params, searchParams]);
  const view = await getSubmission(actor, id);
  if (!view) notFound();

  const label = quarterLabel(view.quarter.fyStart, view.quarter.quarter);
  const base = `/app/submissions/${view.id}`;
  const otherEditions = view.quarter.submissions.filter((s) => s.id !== view.id);
  const savedTask = saved ? view.tasks.flatMap((g) => g.tasks).find((t) => t.id === saved)?.label : null;
  const editable = !["PUBLISHED", "SUPERSEDED", "WITHDRAWN"].includes(view.stage);

  return (
    <PageMain>
      <PageTitle caption={`${label}${view.edition > 1 ? `, edition ${view.edition}` : ""}`}>{view.title}</PageTitle>
      <DoneBanner done={done} saved={savedTask} />
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <StageTag stage={view.stage} />
        <span>Next: {view.nextStep}</span>
        {view.deadline && <DeadlineTag status={view.deadline} />}
      </div>
      {view.stage !== "WITHDRAWN" && (
        <DraftDownloads submissionId={view.id} stage={view.stage} slug={view.quarter.slug} edition={view.edition} />
      )}
      {view.stage === "PUBLISHED" && (
        <Notice tone="success" title="Published">
          Published {formatDateTime(view.publishedAt)}. {/* A plain link: public pages are generated files, outside the Next.js router. */}
          <a href={quarterPath(view.quarter.slug)}>View the public page</a>.
        </Notice>
      )}
      {view.stage === "WITHDRAWN" && (
        <Notice tone="warning" title="Withdrawn">
          {view.withdrawalExplanation}
        </Notice>
      )}
      {view.pccNotice && (can(actor, "pcc:edit") || can(actor, "pcc:approve")) && (
        <Notice tone="warning" title="The force part has changed since the PCC statement was written against it">
          <p data-pcc-notice>
            The PCC statement was {view.pccNotice.event === "APPROVED" ? "approved" : "submitted"} on {formatDateTime(view.pccNotice.at)};
            the force part it responds to has changed since.{" "}
            {view.pccNotice.forceSnapshotId && (
              <Link href={`${base}/changes/force?since=${view.pccNotice.forceSnapshotId}`}>See what changed in the force part</Link>
            )}
            . Check the statement still fits: the PCC will confirm it again once the DCC has approved the force part.
          </p>
        </Notice>
      )}
      {otherEditions.length > 0 && (
        <p className="mb-4 text-base">
          Other editions:{" "}
          {otherEditions.map((e, i) => (
            <span key={e.id}>
              {i > 0 && ", "}
              <Link href={`/app/submissions/${e.id}`}>edition {e.edition}</Link>
            </span>
          ))}
        </p>
      )}
      {view.canStartEdition && <StartEditionForm quarterId={view.quarter.id} />}
      {view.canAbandonEdition && (
        <details className="mb-8 border-l-8 border-warning bg-panel p-4" data-abandon-edition>
          <summary className="cursor-pointer font-bold text-link">Abandon this edition</summary>
          <ActionButton
            label="Abandon this edition"
            input={{ submissionId: view.id }}
            run={abandonEditionAction}
            next="/app/quarters"
            variant="warning"
            className="mt-3"
          >
            <p className="mb-3">
              This deletes edition {view.edition} and everything entered in it. The published edition stays on the public site unchanged.
              The audit log keeps a record that it was abandoned.
            </p>
          </ActionButton>
        </details>
      )}

      <section aria-labelledby="tasks-heading" id="tasks" className="scroll-mt-4">
        <h2 id="tasks-heading" className="sr-only">
          Tasks
        </h2>
        <TaskList groups={view.tasks} base={base} parts={view.state} canOpen={(p) => editable && can(actor, p)}>
          {(group) =>
            group.part ? (
              <>
                <ReturnNotes
                  notes={view.returnNotes.filter((n) => n.part === group.part)}
                  changesHref={`${base}/changes/${group.part === "FORCE" ? "force" : "pcc"}?since=return`}
                />
                {group.part === "FORCE" && editable && can(actor, "force:edit") && (
                  <p className="mb-3" data-import-link>
                    Keep the figures in a spreadsheet?{" "}
                    <Link href={`${base}/import`}>Import figures and KPI actuals from a spreadsheet</Link>
                  </p>
                )}
                {group.part === "PCC" && editable && can(actor, "pcc:edit") && (
                  <ActionButton
                    label="Add a themed section"
                    input={{ submissionId: view.id }}
                    run={addPccSectionAction}
                    next={`${base}/sections/{id}`}
                    className="mb-3"
                  />
                )}
              </>
            ) : null
          }
        </TaskList>
      </section>

      <h2 className="mb-3 text-2xl font-bold">Approvals</h2>
      <ApprovalStatus view={view} />
      <ChecklistPanel items={view.checklist} />

      {view.actions.includes("withdraw") && (
        <details className="mb-8 border-l-8 border-danger bg-panel p-4">
          <summary className="cursor-pointer font-bold text-link">Withdraw this quarter</summary>
          <ActionForm
            submissionId={view.id}
            run={takeActionAction}
            action="withdraw"
            successHref={`${base}?done=withdrawn`}
            label="Withdraw this quarter"
            variant="warning"
            askWithdrawal
            commentLabel="Explanation (shown on the public page)"
            description="The public page will show a withdrawal notice instead of the statement."
          />
        </details>
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-2xl font-bold">
          History
        </h2>
        <HistoryList events={view.history} base={base} />
      </section>
    </PageMain>
  );
}
