import { describe, expect, it } from "vitest";
import { atomFeed, type FeedEvent } from "./atom-feed";

const org = { force: "West Midlands Police", pcc: "West Midlands Police and Crime Commissioner" };
const quarter = { slug: "2021-22-q3", fyStart: 2021, quarter: 3 };
const base = "https://scorecard.example";

describe("the Atom feed", () => {
  const hostile = '<script>alert("x")</script> & <b>bold</b>';
  const events: FeedEvent[] = [
    {
      kind: "withdrawn",
      at: new Date("2022-03-01T10:00:00Z"),
      edition: 2,
      title: "Statement",
      changeNote: null,
      minorChange: false,
      withdrawalReason: "OTHER",
      withdrawalExplanation: hostile,
      quarter,
    },
    {
      kind: "published",
      at: new Date("2022-02-20T10:00:00Z"),
      edition: 2,
      title: hostile,
      changeNote: hostile,
      minorChange: false,
      withdrawalReason: null,
      withdrawalExplanation: null,
      quarter,
    },
    {
      kind: "published",
      at: new Date("2022-02-14T09:30:00Z"),
      edition: 1,
      title: "Statement",
      changeNote: null,
      minorChange: false,
      withdrawalReason: null,
      withdrawalExplanation: null,
      quarter,
    },
  ];
  const xml = atomFeed(events, { base, org });

  it("sends people's words as escaped text, never as HTML", () => {
    expect(xml).not.toContain('type="html"');
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("CDATA");
    expect(xml).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    for (const tag of xml.match(/<(title|summary|subtitle|rights)[ >]/g) ?? []) expect(tag).not.toBe("<summary>");
    expect([...xml.matchAll(/<(title|summary)( [^>]*)?>/g)].every((m) => m[2]?.includes('type="text"'))).toBe(true);
  });

  it("has one entry per event, newest first, linking to the quarter or the edition", () => {
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).toContain(`<id>${base}/quarters/2021-22-q3#withdrawn</id>`);
    expect(xml).toContain(`<link rel="alternate" href="${base}/quarters/2021-22-q3/editions/2"/>`);
    expect(xml).toContain("<updated>2022-03-01T10:00:00.000Z</updated>");
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  });
});

describe("feed summaries", () => {
  const quarter = { slug: "2021-22-q3", fyStart: 2021, quarter: 3 };
  const common = { kind: "published" as const, at: new Date(), title: "T", withdrawalReason: null, withdrawalExplanation: null, quarter };
  it("say what a publication holds, and what a correction changed", async () => {
    const { feedSummary } = await import("./atom-feed");
    expect(
      feedSummary({
        ...common,
        edition: 1,
        changeNote: null,
        minorChange: false,
        boardName: "Strategic Policing and Crime Board",
        meetingDate: new Date("2022-02-22T00:00:00Z"),
        counts: { measures: 6, paragraphs: 70, kpis: 12 },
      }),
    ).toBe(
      "The 2021/22 Q3 statement was published for the Strategic Policing and Crime Board on 22 February 2022. It covers 6 national measures in 70 numbered paragraphs, with 12 Police and Crime Plan KPIs in Appendix A.",
    );
    expect(feedSummary({ ...common, edition: 2, changeNote: "Corrected the burglary figure.", minorChange: false })).toBe(
      "A correction to the 2021/22 Q3 statement (edition 2): Corrected the burglary figure.",
    );
    expect(feedSummary({ ...common, edition: 3, changeNote: "Fixed a typo.", minorChange: true })).toBe(
      "A minor change to the 2021/22 Q3 statement (edition 3): Fixed a typo.",
    );
  });
});
