import { Feed } from "feed";
import { quarterLabel } from "@/lib/quarters";
import { WITHDRAWAL_REASONS } from "@/lib/schemas/transition";
import { editionPath, FEED_PATH, quarterPath } from "./paths";

export type FeedEvent = {
  kind: "published" | "withdrawn";
  at: Date;
  edition: number;
  title: string;
  changeNote: string | null;
  minorChange: boolean;
  withdrawalReason: string | null;
  withdrawalExplanation: string | null;
  quarter: { slug: string; fyStart: number; quarter: number };
};

/** Atom feed of publications, corrections and withdrawals, newest first (built with `feed`). */
export function atomFeed(events: FeedEvent[], { base, org }: { base: string; org: { force: string; pcc: string } }) {
  const feed = new Feed({
    title: `${org.force} and ${org.pcc}: National Policing Priorities statements`,
    description: "Quarterly statements on the National Crime and Policing Measures and the Police and Crime Plan scorecard.",
    id: `${base}/`,
    link: `${base}/`,
    language: "en-GB",
    updated: events[0]?.at ?? new Date(0),
    feedLinks: { atom: `${base}${FEED_PATH}` },
    copyright: org.pcc,
    generator: "Scorecard",
  });
  for (const e of events) {
    const label = `${quarterLabel(e.quarter.fyStart, e.quarter.quarter)}: ${e.title}`;
    const link = `${base}${quarterPath(e.quarter.slug)}`;
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
      id: `${base}${editionPath(e.quarter.slug, e.edition)}`,
      link: e.edition === 1 ? link : `${base}${editionPath(e.quarter.slug, e.edition)}`,
      date: e.at,
      description: e.edition === 1 ? "Published." : e.minorChange ? "Minor change." : (e.changeNote ?? "Updated."),
    });
  }
  return feed.atom1();
}
