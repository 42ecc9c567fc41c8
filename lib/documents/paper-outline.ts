// The board paper as an ordered list of blocks, in the reference paper's order: what the PDF
// and the Word document are both drawn from, so they can never disagree with each other or
// with the web page (same numbering, same figures, same wording of change).
import {
  computeChange,
  describePercentChange,
  formatChange,
  formatValue,
  OUTCOME_LABELS,
  type FigureValues,
} from "@/lib/measures/compute-change";
import { ragStatus, RAG_LABELS, type KpiResultValues } from "@/lib/kpis/rag";
import { formatDate } from "@/lib/format";
import { formatStoredPeriod, periodText } from "@/lib/periods/months";
import { numberParagraphs } from "@/lib/statement/number-paragraphs";
import { movement, movementWords } from "@/lib/trends/history";
import { markdownRuns, type Run } from "./markdown-runs";

export type { Run };

export type OutlineFigure = FigureValues & {
  measureKey: string;
  measureName: string;
  name: string;
  periodStart: Date | null;
  periodEnd: Date | null;
  periodNote: string | null;
  source: string;
  noDataReason: string | null;
  proxyUsed: string | null;
};

export type OutlineKpi = KpiResultValues & { kpiId: string };

export type OutlinePaper = {
  agendaItem: string;
  boardName: string;
  meetingDate: Date | null;
  planPriority: string;
  title: string;
  presenters: string;
  sections: { id: string; kind: string; position: number; measureKey: string | null; heading: string; paragraphs: { text: string }[] }[];
  figures: OutlineFigure[];
  kpiResults: OutlineKpi[];
  notApplicable: { measureKey: string; reason: string }[];
};

export type Table = { caption: string; header: string[]; rows: string[][] };

export type Block =
  | { kind: "heading"; level: 2 | 3; text: string }
  | { kind: "paragraph"; number: number; lines: Run[][] }
  | { kind: "note"; text: string }
  | { kind: "table"; table: Table }
  | { kind: "pageBreak" };

export type Cover = { agendaItem: string; board: string; date: string; lines: [label: string, value: string][] };

export type Outline = { cover: Cover; blocks: Block[] };

export type OutlineOptions = {
  force: string;
  pcc: string;
  /** The previous published quarter's KPI actuals, by KPI definition, for Appendix A. */
  previousKpis?: { label: string; actuals: Map<string, number | null> } | null;
};

const MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

function figureTable(figures: OutlineFigure[]): Table {
  return {
    caption: `Figures: ${figures[0]!.measureName}, against the baseline`,
    header: ["Indicator", "Baseline", "Latest", "Change", "% change", "Better or worse"],
    rows: figures.map((f) => {
      if (f.noLocalData)
        return [
          f.name,
          `No local data. ${f.noDataReason ?? ""}${f.proxyUsed ? ` Proxy used: ${f.proxyUsed}.` : ""}`.trim(),
          "",
          "",
          "",
          "",
        ];
      const c = computeChange(f);
      const period = periodText(f.periodStart, f.periodEnd, f.periodNote);
      const baseline =
        f.baselineValue != null
          ? `${formatValue(f.baselineValue, f.unit)} (${f.baselineLabel})`
          : f.comparisonValue != null
            ? `Comparison: ${formatValue(f.comparisonValue, f.unit)} (${f.comparisonLabel ?? ""})`
            : "–";
      return [
        f.name,
        baseline,
        `${formatValue(f.latestValue, f.unit)}${period ? ` (${period})` : ""}`,
        c ? formatChange(c, f.unit) : "–",
        c ? (describePercentChange(c) ?? "–") : "–",
        c ? OUTCOME_LABELS[c.outcome] : "–",
      ];
    }),
  };
}

function kpiTable(kpis: OutlineKpi[], previous: OutlineOptions["previousKpis"]): Table {
  return {
    caption: "Police and Crime Plan key performance indicators, with status against target",
    header: [
      "Key performance indicator",
      "Target",
      "Actual",
      "Period",
      ...(previous ? [`Previous quarter (${previous.label})`, "Direction"] : []),
      "Status",
    ],
    rows: kpis.map((k) => {
      const rag = ragStatus(k, k.actual);
      const before = previous?.actuals.get(k.kpiId);
      const moved = movement(before, k.actual, k.betterWhen);
      return [
        k.name,
        `${k.betterWhen === "LOWER_IS_BETTER" ? "At most" : "At least"} ${formatValue(k.target, k.unit)}`,
        formatValue(k.actual, k.unit),
        formatStoredPeriod(k.periodStart, k.periodEnd) ?? "–",
        ...(previous ? [before == null ? "–" : formatValue(before, k.unit), moved ? `${moved.symbol} ${movementWords(moved)}` : "–"] : []),
        rag ? RAG_LABELS[rag] : "Not yet reported",
      ];
    }),
  };
}

/** The paper's cover block and body, paragraphs numbered continuously from 1. */
export function paperOutline(paper: OutlinePaper, { force, pcc, previousKpis }: OutlineOptions): Outline {
  const sections = numberParagraphs(paper.sections);
  const of = (kind: string) => sections.filter((s) => s.kind === kind);
  const blocks: Block[] = [];
  const section = (s: (typeof sections)[number], level: 2 | 3) => {
    blocks.push({ kind: "heading", level, text: s.heading });
    for (const p of s.numbered) blocks.push({ kind: "paragraph", number: p.number, lines: markdownRuns(p.text) });
  };
  const measureName = (key: string) =>
    of("MEASURE")
      .find((s) => s.measureKey === key)
      ?.heading.replace(/^Measure:\s*/, "") ?? key;

  for (const s of of("PURPOSE")) section(s, 2);
  blocks.push({ kind: "heading", level: 2, text: `National Policing Priorities – ${force} Statement` });
  for (const s of of("MEASURE")) {
    blocks.push({ kind: "heading", level: 3, text: s.heading });
    const figures = paper.figures.filter((f) => f.measureKey === s.measureKey);
    if (figures.length) blocks.push({ kind: "table", table: figureTable(figures) });
    for (const p of s.numbered) blocks.push({ kind: "paragraph", number: p.number, lines: markdownRuns(p.text) });
  }
  const month = paper.meetingDate ? ` ${MONTH_YEAR.format(paper.meetingDate)}` : "";
  blocks.push({ kind: "heading", level: 2, text: `National Policing Priorities – ${pcc} Statement${month}` });
  for (const n of paper.notApplicable) blocks.push({ kind: "note", text: `Not applicable: ${measureName(n.measureKey)}. ${n.reason}` });
  for (const s of [...of("PCC_INTRO"), ...of("PCC_THEME")]) section(s, 3);
  for (const s of [...of("REPORTING"), ...of("RECOMMENDATIONS")]) section(s, 2);
  if (paper.kpiResults.length) {
    blocks.push({ kind: "pageBreak" });
    blocks.push({ kind: "heading", level: 2, text: "Appendix A – Police and Crime Plan KPI Scorecard" });
    blocks.push({ kind: "table", table: kpiTable(paper.kpiResults, previousKpis) });
  }
  return {
    cover: {
      agendaItem: paper.agendaItem,
      board: paper.boardName,
      date: formatDate(paper.meetingDate),
      lines: [
        ["Police and Crime Plan Priority", paper.planPriority],
        ["Title", paper.title],
        ["Presented by", paper.presenters],
      ],
    },
    blocks,
  };
}
