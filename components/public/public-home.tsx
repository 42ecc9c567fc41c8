import { PageMain, PageTitle } from "@/components/ui/page";
import { formatDate } from "@/lib/format";
import { quarterLabel } from "@/lib/quarters";
import { FEED_PATH, quarterPath } from "@/lib/public-site/paths";

export type ArchiveEntry = {
  title: string;
  stage: string;
  publishedAt: Date | null;
  meetingDate: Date | null;
  boardName: string;
  quarter: { slug: string; fyStart: number; quarter: number };
};

/** The public home page: what the statements are, and every published or withdrawn quarter. */
export function PublicHome({ quarters }: { quarters: ArchiveEntry[] }) {
  return (
    <PageMain>
      <PageTitle>National Policing Priorities and Police and Crime Plan Scorecard</PageTitle>
      <p className="mb-8 max-w-3xl text-xl">
        Each quarter the force and the Police and Crime Commissioner publish a statement on the force&rsquo;s contribution to the National
        Crime and Policing Measures, with the Police and Crime Plan scorecard, as the Elected Local Policing Bodies (Specified Information)
        (Amendment) Order 2021 requires.
      </p>
      <h2 className="mb-4 text-2xl font-bold">Published statements</h2>
      {quarters.length === 0 ? (
        <p>No statements have been published yet.</p>
      ) : (
        <ul className="space-y-4">
          {quarters.map((q) => (
            <li key={q.quarter.slug} className="border-b border-line pb-4">
              <a href={quarterPath(q.quarter.slug)} className="text-xl font-bold">
                {quarterLabel(q.quarter.fyStart, q.quarter.quarter)}: {q.title}
              </a>
              <p className="text-muted">
                {q.stage === "WITHDRAWN" ? "Withdrawn" : `Published ${formatDate(q.publishedAt)}`}
                {q.meetingDate ? ` · ${q.boardName}, ${formatDate(q.meetingDate)}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-8">
        <a href={FEED_PATH}>Subscribe to new statements (Atom feed)</a>
      </p>
      <p className="mt-2">
        <a href="/login">Staff sign in</a>
      </p>
    </PageMain>
  );
}
