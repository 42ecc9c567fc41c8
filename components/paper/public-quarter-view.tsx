import { PageMain } from "@/components/ui/page";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/lib/format";
import { formatSize } from "@/lib/format-size";
import { quarterLabel, quarterPeriod } from "@/lib/quarters";
import { WITHDRAWAL_REASONS } from "@/lib/schemas/transition";
import type { PublicQuarter } from "@/server/public/get-public-quarter";
import { publisherName, type Organisation } from "@/lib/organisation";
import { editionPath, quarterPath } from "@/lib/public-site/paths";
import { BoardPaper, type PaperContext } from "./board-paper";

/** A file offered for download, with what a reader needs before fetching it. */
export type Download = { href: string; label: string; format: string; bytes: number };

/** The contents list: the paper's parts that this edition has, as in-page links. */
function Contents({ view, hasDownloads }: { view: PublicQuarter; hasDownloads: boolean }) {
  const paper = view.paper!;
  const first = (kind: string) => paper.sections.find((s) => s.kind === kind);
  const items = [
    first("PURPOSE") && { href: `#s-${first("PURPOSE")!.id}`, label: first("PURPOSE")!.heading },
    { href: "#force-statement", label: "Force statement" },
    { href: "#pcc-statement", label: "Police and Crime Commissioner's statement" },
    first("REPORTING") && { href: `#s-${first("REPORTING")!.id}`, label: first("REPORTING")!.heading },
    first("RECOMMENDATIONS") && { href: `#s-${first("RECOMMENDATIONS")!.id}`, label: first("RECOMMENDATIONS")!.heading },
    paper.kpiResults.length > 0 && { href: "#appendix-a", label: "Appendix A – Police and Crime Plan KPI Scorecard" },
    hasDownloads && { href: "#downloads", label: "Downloads" },
    view.editions.length > 1 && { href: "#history", label: "History of this statement" },
  ].filter((i): i is { href: string; label: string } => !!i);
  return (
    <nav aria-labelledby="contents" className="no-print mb-8">
      <h2 id="contents" className="mb-2 text-xl font-bold">
        Contents
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        {items.map((i) => (
          <li key={i.href}>
            <a href={i.href}>{i.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Downloads({ downloads }: { downloads: Download[] }) {
  return (
    <section aria-labelledby="downloads" className="no-print mt-10 border-t-2 border-ink pt-4">
      <h2 id="downloads" className="mb-2 text-2xl font-bold">
        Downloads
      </h2>
      <ul className="space-y-2">
        {downloads.map((d) => (
          <li key={d.href} data-download={d.format}>
            <a href={d.href}>{d.label}</a>{" "}
            <span className="text-muted">
              ({d.format}, {formatSize(d.bytes)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The public page of a quarter (or of one of its editions), or its withdrawal notice. Pure:
 * data in, markup out, rendered to static HTML at publication (server/public-site/).
 */
export function PublicQuarterView({
  view,
  fyStart,
  quarter,
  org,
  downloads = [],
  context,
}: {
  view: PublicQuarter;
  fyStart: number;
  quarter: number;
  org: Organisation;
  downloads?: Download[];
  context?: PaperContext;
}) {
  const label = quarterLabel(fyStart, quarter);
  const isLatest = view.edition === view.current.edition;
  return (
    <PageMain>
      <p className="text-lg text-muted">
        {label} ({quarterPeriod(fyStart, quarter)})
      </p>
      <h1 className="mb-4 text-3xl font-bold [overflow-wrap:anywhere] md:text-4xl">{view.withdrawal?.title ?? view.paper?.title}</h1>
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
            <div className="flex flex-wrap gap-x-2">
              <dt className="font-bold">From:</dt>
              <dd data-from>{publisherName(org)}</dd>
            </div>
            <div className="flex flex-wrap gap-x-2">
              <dt className="font-bold">Published</dt>
              <dd data-published>{formatDate(view.firstPublishedAt)}</dd>
            </div>
            {view.lastUpdatedAt && (
              <div className="flex flex-wrap gap-x-2">
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
          {view.paper && <Contents view={view} hasDownloads={downloads.length > 0} />}
          {view.paper && <BoardPaper paper={view.paper} org={org} context={context} />}
          {downloads.length > 0 && <Downloads downloads={downloads} />}
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
  );
}
