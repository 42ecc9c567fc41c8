import { create } from "xmlbuilder2";
import { quarterLabel } from "@/lib/quarters";
import { formatDate } from "@/lib/format";
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
  /** What the edition holds, for its summary; absent for older callers. */
  boardName?: string;
  meetingDate?: Date | null;
  counts?: { paragraphs: number; measures: number; kpis: number };
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a publication put out, or what a correction changed, in a sentence or two. */
export function feedSummary(e: FeedEvent) {
  const label = quarterLabel(e.quarter.fyStart, e.quarter.quarter);
  const meeting = e.boardName ? ` for the ${e.boardName}${e.meetingDate ? ` on ${formatDate(e.meetingDate)}` : ""}` : "";
  const holds = e.counts
    ? ` It covers ${plural(e.counts.measures, "national measure")} in ${plural(e.counts.paragraphs, "numbered paragraph")}, with ${plural(e.counts.kpis, "Police and Crime Plan KPI")} in Appendix A.`
    : "";
  if (e.edition === 1) return `The ${label} statement was published${meeting}.${holds}`;
  const what = e.minorChange ? "A minor change" : "A correction";
  return `${what} to the ${label} statement (edition ${e.edition})${e.changeNote ? `: ${e.changeNote}` : "."}`;
}

type Entry = { title: string; id: string; link: string; updated: Date; summary: string };

function entryFor(e: FeedEvent, base: string): Entry {
  const label = `${quarterLabel(e.quarter.fyStart, e.quarter.quarter)}: ${e.title}`;
  const link = `${base}${quarterPath(e.quarter.slug)}`;
  if (e.kind === "withdrawn") {
    const reason = WITHDRAWAL_REASONS[e.withdrawalReason as keyof typeof WITHDRAWAL_REASONS] ?? "Withdrawn";
    return {
      title: `Withdrawn: ${label}`,
      id: `${link}#withdrawn`,
      link,
      updated: e.at,
      summary: `${reason}. ${e.withdrawalExplanation ?? ""}`.trim(),
    };
  }
  const edition = `${base}${editionPath(e.quarter.slug, e.edition)}`;
  return {
    title: e.edition === 1 ? label : `Updated: ${label}`,
    id: edition,
    link: e.edition === 1 ? link : edition,
    updated: e.at,
    summary: feedSummary(e),
  };
}

/**
 * Atom feed of publications, corrections and withdrawals, newest first. Titles and summaries
 * are people's words (titles, change notes, withdrawal explanations), so they go out as
 * type="text": a feed reader shows them as written and never runs them as HTML. xmlbuilder2
 * escapes them; the `feed` package, used before, could only mark them as HTML.
 */
export function atomFeed(events: FeedEvent[], { base, org }: { base: string; org: { force: string; pcc: string } }) {
  const feed = create({ version: "1.0", encoding: "utf-8" }).ele("http://www.w3.org/2005/Atom", "feed", { "xml:lang": "en-GB" });
  feed.ele("id").txt(`${base}/`);
  feed.ele("title", { type: "text" }).txt(`${org.force} and ${org.pcc}: National Policing Priorities statements`);
  feed
    .ele("subtitle", { type: "text" })
    .txt("Quarterly statements on the National Crime and Policing Measures and the Police and Crime Plan scorecard.");
  feed.ele("updated").txt((events[0]?.at ?? new Date(0)).toISOString());
  feed.ele("link", { rel: "alternate", href: `${base}/` });
  feed.ele("link", { rel: "self", href: `${base}${FEED_PATH}` });
  feed.ele("rights", { type: "text" }).txt(org.pcc);
  feed.ele("author").ele("name").txt(org.pcc);
  feed.ele("generator").txt("Scorecard");
  for (const entry of events.map((e) => entryFor(e, base))) {
    const item = feed.ele("entry");
    item.ele("title", { type: "text" }).txt(entry.title);
    item.ele("id").txt(entry.id);
    item.ele("link", { rel: "alternate", href: entry.link });
    item.ele("updated").txt(entry.updated.toISOString());
    item.ele("summary", { type: "text" }).txt(entry.summary);
  }
  return feed.end({ prettyPrint: true });
}
