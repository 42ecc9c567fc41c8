import { Feed } from "feed";
import { quarterLabel } from "@/lib/quarters";
import { organisation } from "@/lib/organisation";
import { siteUrl } from "@/lib/site-url";
import { WITHDRAWAL_REASONS } from "@/lib/schemas/transition";
import { listPublicationEvents } from "@/server/public/list-publication-events";

export const dynamic = "force-dynamic";

/** Atom feed of publications, corrections and withdrawals (built with the `feed` package). */
export async function GET(request: Request) {
  const base = siteUrl(request);
  const events = await listPublicationEvents();
  const org = organisation();
  const feed = new Feed({
    title: `${org.force} and ${org.pcc}: National Policing Priorities statements`,
    description: "Quarterly statements on the National Crime and Policing Measures and the Police and Crime Plan scorecard.",
    id: `${base}/`,
    link: `${base}/`,
    language: "en-GB",
    updated: events[0]?.at ?? new Date(0),
    feedLinks: { atom: `${base}/feed.xml` },
    copyright: org.pcc,
    generator: "Scorecard",
  });
  for (const e of events) {
    const label = `${quarterLabel(e.quarter.fyStart, e.quarter.quarter)}: ${e.title}`;
    const link = `${base}/quarters/${e.quarter.slug}`;
    if (e.kind === "withdrawn") {
      feed.addItem({
        title: `Withdrawn: ${label}`,
        id: `${link}#withdrawn`,
        link,
        date: e.at,
        description:
          `${WITHDRAWAL_REASONS[e.withdrawalReason as keyof typeof WITHDRAWAL_REASONS] ?? "Withdrawn"}. ${e.withdrawalExplanation ?? ""}`.trim(),
      });
      continue;
    }
    feed.addItem({
      title: e.edition === 1 ? label : `Updated: ${label}`,
      id: `${link}/editions/${e.edition}`,
      link: e.edition === 1 ? link : `${link}/editions/${e.edition}`,
      date: e.at,
      description: e.edition === 1 ? "Published." : e.minorChange ? "Minor change." : (e.changeNote ?? "Updated."),
    });
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
