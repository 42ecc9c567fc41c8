import { SiteHeader } from "@/components/ui/site-header";
import { PageMain } from "@/components/ui/page";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/lib/format";
import { quarterLabel, quarterPeriod } from "@/lib/quarters";
import { WITHDRAWAL_REASONS } from "@/lib/schemas/transition";
import type { PublicQuarter } from "@/server/public/get-public-quarter";
import type { Organisation } from "@/lib/organisation";
import { dataCsvPath, dataJsonPath, editionPath, quarterPath } from "@/lib/public-site/paths";
import { BoardPaper } from "./board-paper";

/**
 * The public page of a quarter (or of one of its editions), or its withdrawal notice. Pure:
 * data in, markup out, rendered to static HTML at publication (server/public-site/).
 */
export function PublicQuarterView({
  view,
  fyStart,
  quarter,
  org,
}: {
  view: PublicQuarter;
  fyStart: number;
  quarter: number;
  org: Organisation;
}) {
  const label = quarterLabel(fyStart, quarter);
  const isLatest = view.edition === view.current.edition;
  return (
    <>
      <SiteHeader>
        <a href="/" className="text-white">
          All statements
        </a>
      </SiteHeader>
      <PageMain>
        <p className="text-lg text-muted">
          {label} ({quarterPeriod(fyStart, quarter)})
        </p>
        <h1 className="mb-4 text-3xl font-bold md:text-4xl">{view.withdrawal?.title ?? view.paper?.title}</h1>
        {view.withdrawal ? (
          <Notice tone="warning" title="This statement has been withdrawn">
            <p>
              Withdrawn on {formatDate(view.withdrawal.withdrawnAt)}. Reason:{" "}
              {WITHDRAWAL_REASONS[view.withdrawal.withdrawalReason as keyof typeof WITHDRAWAL_REASONS] ?? "Other"}.
            </p>
            <p className="mt-2 whitespace-pre-line">{view.withdrawal.withdrawalExplanation}</p>
          </Notice>
        ) : (
          <>
            <dl className="mb-4 text-base">
              <div className="flex gap-2">
                <dt className="font-bold">Published</dt>
                <dd data-published>{formatDate(view.firstPublishedAt)}</dd>
              </div>
              {view.lastUpdatedAt && (
                <div className="flex gap-2">
                  <dt className="font-bold">Last updated</dt>
                  <dd data-last-updated>{formatDate(view.lastUpdatedAt)}</dd>
                </div>
              )}
            </dl>
            {!isLatest && (
              <Notice tone="warning" title={`This is edition ${view.edition}, which has been replaced`}>
                <a href={quarterPath(view.slug)}>Read the latest version</a>.
              </Notice>
            )}
            <p className="no-print mb-8 flex flex-wrap gap-x-6 text-base">
              <a href={dataCsvPath(view.slug)}>Download the figures (CSV)</a>
              <a href={dataJsonPath(view.slug)}>Figures as JSON</a>
            </p>
            {view.paper && <BoardPaper paper={view.paper} org={org} />}
          </>
        )}
        {view.editions.length > 1 && (
          <section aria-labelledby="history" className="mt-10 border-t-2 border-ink pt-4">
            <h2 id="history" className="mb-2 text-2xl font-bold">
              History of this statement
            </h2>
            <ol className="space-y-2">
              {view.editions.map((e) => (
                <li key={e.edition} data-edition={e.edition}>
                  <strong>{formatDate(e.publishedAt)}</strong>:{" "}
                  {e.edition === 1 ? "First published." : e.minorChange ? "Minor change." : e.changeNote}{" "}
                  {!view.withdrawal && e.edition !== view.edition && (
                    <a href={e.edition === view.current.edition ? quarterPath(view.slug) : editionPath(view.slug, e.edition)}>
                      Edition {e.edition}
                    </a>
                  )}
                </li>
              ))}
            </ol>
          </section>
        )}
      </PageMain>
    </>
  );
}
