import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageMain } from "@/components/ui/page";
import { Notice } from "@/components/ui/notice";
import { EditHeader } from "@/components/submission/edit-header";
import { ActionForm } from "@/components/submission/action-form";
import { ChecklistPanel } from "@/components/submission/checklist-panel";
import { BoardPaper } from "@/components/paper/board-paper";
import { quarterLabel, quarterPeriod } from "@/lib/quarters";
import { organisation } from "@/lib/organisation";
import { requirePermission } from "@/server/session";
import { getEditHeader } from "@/server/submissions/get-edit-data";
import { getPublishPreview } from "@/server/submissions/get-publish-preview";
import { takeActionAction } from "../actions";

export const metadata: Metadata = { title: "Preview and publish" };

export default async function PublishPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("submission:publish");
  const { id } = await params;
  const [header, preview] = await Promise.all([getEditHeader(actor, id), getPublishPreview(actor, id)]);
  if (!header || !preview) notFound();
  const { paper, facts } = preview;
  const base = `/app/submissions/${id}`;
  const can = (a: string) => preview.actions.includes(a as never);
  return (
    <PageMain>
      <EditHeader submission={header} title="Preview and publish" />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="preview-heading" className="order-2 border-4 border-line p-4 lg:order-1" data-publish-preview>
          <h2 id="preview-heading" className="mb-1 text-base font-bold uppercase tracking-wide text-muted">
            Preview of the public page
          </h2>
          <p className="text-lg text-muted">
            {quarterLabel(paper.quarter.fyStart, paper.quarter.quarter)} ({quarterPeriod(paper.quarter.fyStart, paper.quarter.quarter)})
          </p>
          <p className="mb-4 text-3xl font-bold" data-preview-title>
            {paper.title}
          </p>
          {/* The public site's own component and settings (server/public-site renders the page with them). */}
          <BoardPaper paper={paper} org={organisation()} />
        </section>
        <aside aria-label="Publishing" className="order-1 lg:order-2">
          <div className="lg:sticky lg:top-4">
            {can("publish") ? (
              <section aria-labelledby="publish-heading" className="mb-6 border-4 border-success p-4">
                <h2 id="publish-heading" className="mb-2 text-2xl font-bold">
                  Publish
                </h2>
                <ActionForm
                  submissionId={id}
                  run={takeActionAction}
                  action="publish"
                  contentHash={preview.publishHash}
                  successHref={`${base}?done=published`}
                  label="Publish"
                  description={<p>This puts the statement on the public site straight away, exactly as previewed here.</p>}
                  askLateReason={facts.pastDeadline}
                  askChangeNote={facts.isCorrection}
                />
              </section>
            ) : (
              <Notice tone="warning" title="Not ready to publish">
                <p>Waiting for: {preview.nextStep}.</p>
              </Notice>
            )}
            {facts.missingForPublish.length > 0 && (
              <section aria-labelledby="missing-heading" className="mb-6 border-l-8 border-warning bg-panel p-4" data-publish-missing>
                <h2 id="missing-heading" className="mb-2 text-xl font-bold">
                  Still to do before publishing
                </h2>
                <ul className="list-disc pl-6">
                  {facts.missingForPublish.map((item) => {
                    const task = preview.sectionTasks.find((t) => item.startsWith(`${t.heading} (`));
                    return (
                      <li key={item}>
                        {task ? (
                          <>
                            <Link href={`${base}/sections/${task.id}`}>{task.heading}</Link>
                            {item.slice(task.heading.length)}
                          </>
                        ) : (
                          item
                        )}
                      </li>
                    );
                  })}
                </ul>
              </section>
            )}
            <ChecklistPanel items={preview.checklist} />
            {(can("return_force") || can("return_pcc")) && (
              <details className="mb-6 border-l-8 border-line p-4" data-return-disclosure>
                <summary className="cursor-pointer font-bold text-link">Return a part instead</summary>
                {can("return_force") && (
                  <ActionForm
                    submissionId={id}
                    run={takeActionAction}
                    action="return_force"
                    successHref={`${base}?done=returned-force`}
                    label="Return the force part"
                    variant="secondary"
                    commentLabel="What needs to change in the force part"
                  />
                )}
                {can("return_pcc") && (
                  <ActionForm
                    submissionId={id}
                    run={takeActionAction}
                    action="return_pcc"
                    successHref={`${base}?done=returned-pcc`}
                    label="Return the PCC statement"
                    variant="secondary"
                    commentLabel="What needs to change in the PCC statement"
                  />
                )}
              </details>
            )}
          </div>
        </aside>
      </div>
    </PageMain>
  );
}
