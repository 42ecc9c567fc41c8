import { describe, expect, it } from "vitest";
import {
  ALL_PARAGRAPHS,
  FORCE_SECTIONS,
  PCC_INTRO,
  PCC_THEMES,
  PURPOSE,
  RECOMMENDATIONS,
  REFERENCE_MEETING,
  REPORTING_FREQUENCY,
} from "@/prisma/seed-data/reference-paper";
import { paperOutline, type OutlinePaper } from "./paper-outline";

const sections: OutlinePaper["sections"] = [
  { kind: "PURPOSE", heading: "Purpose of paper", paragraphs: PURPOSE, measureKey: null },
  ...Object.entries(FORCE_SECTIONS).map(([key, s]) => ({ kind: "MEASURE", heading: s.heading, paragraphs: s.paragraphs, measureKey: key })),
  { kind: "PCC_INTRO", heading: PCC_INTRO.heading, paragraphs: PCC_INTRO.paragraphs, measureKey: null },
  ...PCC_THEMES.map((t) => ({ kind: "PCC_THEME", heading: t.heading, paragraphs: t.paragraphs, measureKey: null })),
  { kind: "REPORTING", heading: "Reporting frequency", paragraphs: REPORTING_FREQUENCY, measureKey: null },
  { kind: "RECOMMENDATIONS", heading: "Recommendations", paragraphs: RECOMMENDATIONS, measureKey: null },
].map((s, i) => ({ ...s, id: `s${i}`, position: i, paragraphs: s.paragraphs.map((text) => ({ text })) }));

const paper: OutlinePaper = {
  ...REFERENCE_MEETING,
  meetingDate: new Date(`${REFERENCE_MEETING.meetingDate}T00:00:00Z`),
  sections,
  figures: [
    {
      measureKey: "homicide",
      measureName: "Reduce murder and other homicide",
      name: "Homicides",
      unit: "COUNT",
      betterWhen: "LOWER_IS_BETTER",
      baselineLabel: "Year ending June 2019",
      baselineValue: 52,
      latestValue: 46,
      periodStart: new Date("2021-01-01T00:00:00Z"),
      periodEnd: new Date("2021-12-01T00:00:00Z"),
      periodNote: null,
      source: "Police recorded crime",
      noDataReason: null,
      proxyUsed: null,
    },
  ],
  kpiResults: [
    {
      kpiId: "k1",
      name: "999 calls answered within 10 seconds",
      unit: "PERCENTAGE",
      betterWhen: "HIGHER_IS_BETTER",
      target: 90,
      greenThreshold: 90,
      amberThreshold: 85,
      actual: 86,
      periodStart: new Date("2021-04-01T00:00:00Z"),
      periodEnd: new Date("2021-12-01T00:00:00Z"),
    },
  ],
  notApplicable: [],
};

describe("the board paper's outline", () => {
  const outline = paperOutline(paper, {
    force: "West Midlands Police",
    pcc: "West Midlands Police and Crime Commissioner",
    previousKpis: { label: "2021/22 Q2", actuals: new Map([["k1", 88]]) },
  });

  it("has the cover block of the reference paper", () => {
    expect(outline.cover).toEqual({
      agendaItem: "7",
      board: "Strategic Policing and Crime Board",
      date: "22 February 2022",
      lines: [
        ["Police and Crime Plan Priority", "Regular Item"],
        ["Title", "National Policing Priorities and Police and Crime Plan Scorecard"],
        ["Presented by", "Deputy Chief Constable Vanessa Jardine & Mark Kenyon"],
      ],
    });
  });

  it("numbers all 70 paragraphs continuously, in the paper's order", () => {
    const paragraphs = outline.blocks.flatMap((b) => (b.kind === "paragraph" ? [b] : []));
    expect(paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
    expect(paragraphs.map((p) => p.lines.map((l) => l.map((r) => r.text).join("")).join("\n"))).toEqual(ALL_PARAGRAPHS);
  });

  it("puts the statements' headings, the figures before their measure's paragraphs, and Appendix A after a page break", () => {
    const headings = outline.blocks.flatMap((b) => (b.kind === "heading" && b.level === 2 ? [b.text] : []));
    expect(headings).toEqual([
      "Purpose of paper",
      "National Policing Priorities – West Midlands Police Statement",
      "National Policing Priorities – West Midlands Police and Crime Commissioner Statement February 2022",
      "Reporting frequency",
      "Recommendations",
      "Appendix A – Police and Crime Plan KPI Scorecard",
    ]);
    const table = outline.blocks.findIndex((b) => b.kind === "table");
    expect(outline.blocks[table - 1]).toEqual({ kind: "heading", level: 3, text: FORCE_SECTIONS.homicide.heading });
    expect(outline.blocks[table]).toMatchObject({
      table: { rows: [["Homicides", "52 (Year ending June 2019)", "46 (Jan–Dec 2021)", "−6", "12% reduction", "Better"]] },
    });
    const end = outline.blocks.slice(-3);
    expect(end[0]).toEqual({ kind: "pageBreak" });
    expect(end[2]).toMatchObject({
      table: {
        header: ["Key performance indicator", "Target", "Actual", "Period", "Previous quarter (2021/22 Q2)", "Direction", "Status"],
        rows: [
          ["999 calls answered within 10 seconds", "At least 90%", "86%", "Apr–Dec 2021", "88%", "↓ Down, worse", "Amber: near target"],
        ],
      },
    });
  });
});
