import Link from "next/link";
import { SiteHeader } from "@/components/ui/site-header";
import { PageMain, PageTitle } from "@/components/ui/page";
import { formatDate } from "@/lib/format";
import { quarterLabel } from "@/lib/quarters";
import { listPublishedQuarters } from "@/server/public/list-published-quarters";

// Rendered per request: the list is one small query, and a build never bakes in a database.
export const dynamic = "force-dynamic";

export default async function PublicHome() {
  const quarters = await listPublishedQuarters();
  return (
    <>
      <SiteHeader>
        <Link href="/login" className="text-white">
          Staff sign in
        </Link>
      </SiteHeader>
      <PageMain>
        <PageTitle>National Policing Priorities and Police and Crime Plan Scorecard</PageTitle>
        <p className="mb-8 max-w-3xl text-xl">
          Each quarter the force and the Police and Crime Commissioner publish a statement on the force&rsquo;s contribution to the National
          Crime and Policing Measures, with the Police and Crime Plan scorecard, as the Elected Local Policing Bodies (Specified
          Information) (Amendment) Order 2021 requires.
        </p>
        <h2 className="mb-4 text-2xl font-bold">Published statements</h2>
        {quarters.length === 0 ? (
          <p>No statements have been published yet.</p>
        ) : (
          <ul className="space-y-4">
            {quarters.map((q) => (
              <li key={q.quarter.slug} className="border-b border-line pb-4">
                <Link href={`/quarters/${q.quarter.slug}`} className="text-xl font-bold">
                  {quarterLabel(q.quarter.fyStart, q.quarter.quarter)}: {q.title}
                </Link>
                <p className="text-muted">
                  {q.stage === "WITHDRAWN" ? "Withdrawn" : `Published ${formatDate(q.publishedAt)}`}
                  {q.meetingDate ? ` · ${q.boardName}, ${formatDate(q.meetingDate)}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-8">
          <Link href="/feed.xml">Subscribe to new statements (Atom feed)</Link>
        </p>
      </PageMain>
    </>
  );
}
