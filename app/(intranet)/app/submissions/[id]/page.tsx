import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageMain, PageTitle } from "@/components/ui/page";
import { Notice } from "@/components/ui/notice";
import { StageTag } from "@/components/ui/stage-tag";
import { DeadlineTag } from "@/components/ui/deadline-tag";
import { FigureTable } from "@/components/statement/figure-table";
import { ActionsPanel } from "@/components/submission/actions-panel";
import { ApprovalStatus } from "@/components/submission/approval-status";
import { ChecklistPanel } from "@/components/submission/checklist-panel";
import { HistoryList } from "@/components/submission/history-list";
import { KpiTable } from "@/components/submission/kpi-table";
import { ReturnNotes } from "@/components/submission/return-notes";
import { StatementPart } from "@/components/submission/statement-part";
import { ActionButton } from "@/components/forms/action-button";
import { DraftDownloads } from "@/components/submission/draft-downloads";
import { formatDate, formatDateTime } from "@/lib/format";
import { quarterLabel } from "@/lib/quarters";
import { quarterPath } from "@/lib/public-site/paths";
import { nextStep } from "@/lib/workflow/next-step";
import { numberParagraphs } from "@/lib/statement/number-paragraphs";
import { requirePermission } from "@/server/session";
import { getSubmission } from "@/server/submissions/get-submission";
import { abandonEditionAction, addPccSectionAction, startEditionAction, takeActionAction } from "./actions";
import { isEditable } from "@/lib/workflow/stages";

export const metadata: Metadata = { title: "Submission" };

export default async function SubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("submission:view");
  const { id } = await params;
  const view = await getSubmission(actor, id);
  if (!view) notFound();

  const label = quarterLabel(view.quarter.fyStart, view.quarter.quarter);
  const sections = numberParagraphs(view.sections);
  const byPart = (part: string) => sections.filter((s) => s.part === part);
  const measureNames = Object.fromEntries(view.measures.map((m) => [m.key, m.name]));
  const figuresByMeasure = Object.fromEntries(view.measures.map((m) => [m.key, view.figures.filter((f) => f.measureKey === m.key)]));
  const base = `/app/submissions/${view.id}`;
  const otherEditions = view.quarter.submissions.filter((s) => s.id !== view.id);

  return (
    <PageMain>
      <PageTitle caption={`${label}${view.edition > 1 ? `, edition ${view.edition}` : ""}`}>{view.title}</PageTitle>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <StageTag stage={view.stage} />
        <span>Next: {nextStep(view.stage, view.approvals)}</span>
        {view.deadline && isEditable(view.stage) && <DeadlineTag status={view.deadline} />}
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
      {view.canStartEdition && (
        <ActionButton
          label="Start a new edition"
          input={{ quarterId: view.quarter.id }}
          run={startEditionAction}
          next="/app/submissions/{submissionId}"
          className="mb-8 border-l-8 border-link bg-panel p-4"
        >
          <p className="mb-3">
            To correct this published statement, start a new edition. It copies this one; parts you do not change keep their approval.
          </p>
        </ActionButton>
      )}
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

      <ReturnNotes notes={view.returnNotes} />
      <ActionsPanel view={view} run={takeActionAction} />
      <ChecklistPanel items={view.facts.checklist} />

      <h2 className="mb-3 text-2xl font-bold">Approvals</h2>
      <ApprovalStatus view={view} />

      <section aria-labelledby="meeting-heading" className="mb-10">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="meeting-heading" className="text-2xl font-bold">
            Meeting
          </h2>
          {view.canEdit.meeting && <Link href={`${base}/meeting`}>Edit meeting details</Link>}
        </div>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-bold">Board</dt>
          <dd>{view.boardName}</dd>
          <dt className="font-bold">Meeting date</dt>
          <dd>{view.meetingDate ? formatDate(view.meetingDate) : "Not set"}</dd>
          <dt className="font-bold">Agenda item</dt>
          <dd>{view.agendaItem || "Not set"}</dd>
          <dt className="font-bold">Plan priority</dt>
          <dd>{view.planPriority || "Not set"}</dd>
          <dt className="font-bold">Presented by</dt>
          <dd>{view.presenters || "Not set"}</dd>
        </dl>
      </section>

      <section aria-labelledby="figures-heading" className="mb-10">
        <h2 id="figures-heading" className="mb-3 text-2xl font-bold">
          Figures
        </h2>
        {view.measures.map((m) => (
          <div key={m.key} className="mb-4" data-figures={m.key}>
            <FigureTable figures={figuresByMeasure[m.key] ?? []} caption={m.name} />
            {view.canEdit.FORCE && (
              <Link href={`${base}/figures/${m.key}`}>
                Enter figures<span className="sr-only"> for {m.name}</span>
              </Link>
            )}
          </div>
        ))}
        <div className="mt-6">
          <KpiTable kpis={view.kpiResults} caption="Police and Crime Plan KPI scorecard" />
          {view.canEdit.FORCE && <Link href={`${base}/kpis`}>Enter KPI actuals</Link>}
        </div>
      </section>

      <section aria-labelledby="force-heading" className="mb-10">
        <h2 id="force-heading" className="mb-3 text-2xl font-bold">
          Force statement
        </h2>
        <StatementPart
          sections={byPart("FORCE")}
          submissionId={view.id}
          canEdit={view.canEdit.FORCE}
          figuresByMeasure={figuresByMeasure}
          measureNames={measureNames}
        />
      </section>

      <section aria-labelledby="pcc-heading" className="mb-10">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="pcc-heading" className="mb-3 text-2xl font-bold">
            PCC statement
          </h2>
          {view.canEdit.PCC && (
            <span className="flex flex-wrap items-center gap-4">
              <Link href={`${base}/coverage`}>Priorities not applicable</Link>
              <ActionButton
                label="Add a section"
                input={{ submissionId: view.id }}
                run={addPccSectionAction}
                next={`${base}/sections/{id}`}
              />
            </span>
          )}
        </div>
        {view.notApplicable.length > 0 && (
          <ul className="mb-4 text-base">
            {view.notApplicable.map((n) => (
              <li key={n.measureKey}>
                Not applicable: {measureNames[n.measureKey] ?? n.measureKey}: {n.reason}
              </li>
            ))}
          </ul>
        )}
        <StatementPart sections={byPart("PCC")} submissionId={view.id} canEdit={view.canEdit.PCC} measureNames={measureNames} />
      </section>

      <section aria-labelledby="secretariat-heading" className="mb-10">
        <h2 id="secretariat-heading" className="mb-3 text-2xl font-bold">
          Reporting frequency and recommendations
        </h2>
        <StatementPart
          sections={byPart("SECRETARIAT")}
          submissionId={view.id}
          canEdit={view.canEdit.SECRETARIAT}
          measureNames={measureNames}
        />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-2xl font-bold">
          History
        </h2>
        <HistoryList events={view.history} />
      </section>
    </PageMain>
  );
}
