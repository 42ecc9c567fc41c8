// Published quarters side by side: what trends, "previous quarter" columns and the
// all-quarters open data are built from. Pure: the history is read by
// server/public/load-published-history.ts, which selects only published editions.
import type { Direction, Unit } from "@/generated/prisma/enums";
import { periodText } from "@/lib/periods/months";

export type QuarterRef = { slug: string; fyStart: number; quarter: number; edition: number };

export type HistoryFigure = {
  indicatorId: string;
  measureKey: string;
  measureName: string;
  name: string;
  unit: Unit;
  betterWhen: Direction;
  baselineLabel: string;
  baselineValue: number | null;
  latestValue: number | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  periodNote: string | null;
  noLocalData: boolean;
};

export type HistoryKpi = {
  kpiId: string;
  name: string;
  unit: Unit;
  betterWhen: Direction;
  actual: number | null;
  periodStart: Date | null;
  periodEnd: Date | null;
};

export type PublishedQuarter = QuarterRef & { figures: HistoryFigure[]; kpis: HistoryKpi[] };

/** Quarters in order: 2021/22 Q4 comes right before 2022/23 Q1. */
export const quarterOrdinal = (q: { fyStart: number; quarter: number }) => q.fyStart * 4 + (q.quarter - 1);

/** "2021-22-Q3": the quarter as an open-data value, sortable as text. */
export function quarterCode(q: { fyStart: number; quarter: number }) {
  return `${q.fyStart}-${String((q.fyStart + 1) % 100).padStart(2, "0")}-Q${q.quarter}`;
}

/** The latest published quarter before this one (not necessarily the calendar quarter before), or null. */
export function previousPublished<T extends { fyStart: number; quarter: number }>(
  history: readonly T[],
  of: { fyStart: number; quarter: number },
) {
  const at = quarterOrdinal(of);
  let best: T | null = null;
  for (const q of history) if (quarterOrdinal(q) < at && (!best || quarterOrdinal(q) > quarterOrdinal(best))) best = q;
  return best;
}

/** The first published quarter after this one: the one whose "previous quarter" this is. */
export function nextPublished<T extends { fyStart: number; quarter: number }>(
  history: readonly T[],
  of: { fyStart: number; quarter: number },
) {
  const at = quarterOrdinal(of);
  let best: T | null = null;
  for (const q of history) if (quarterOrdinal(q) > at && (!best || quarterOrdinal(q) < quarterOrdinal(best))) best = q;
  return best;
}

export type TrendPoint = { quarter: QuarterRef; value: number | null; period: string | null; noLocalData: boolean };

export type IndicatorTrend = {
  indicatorId: string;
  name: string;
  unit: Unit;
  betterWhen: Direction;
  baselineLabel: string;
  baselineValue: number | null;
  points: TrendPoint[];
};

export type MeasureTrend = { key: string; name: string; indicators: IndicatorTrend[] };

/**
 * A measure's indicators across the published quarters, oldest first. Names, units and the
 * baseline are the latest quarter's (an indicator keeps its identity when it is renamed).
 */
export function measureTrend(history: readonly PublishedQuarter[], key: string, fallbackName = key): MeasureTrend {
  const ordered = [...history].sort((a, b) => quarterOrdinal(a) - quarterOrdinal(b));
  const byIndicator = new Map<string, IndicatorTrend>();
  let name = fallbackName;
  for (const q of ordered) {
    const ref: QuarterRef = { slug: q.slug, fyStart: q.fyStart, quarter: q.quarter, edition: q.edition };
    for (const f of q.figures.filter((f) => f.measureKey === key)) {
      name = f.measureName;
      const trend = byIndicator.get(f.indicatorId) ?? { indicatorId: f.indicatorId, points: [] as TrendPoint[] };
      byIndicator.set(f.indicatorId, {
        ...trend,
        name: f.name,
        unit: f.unit,
        betterWhen: f.betterWhen,
        baselineLabel: f.baselineLabel,
        baselineValue: f.baselineValue,
        points: [
          ...trend.points,
          {
            quarter: ref,
            value: f.noLocalData ? null : f.latestValue,
            period: periodText(f.periodStart, f.periodEnd, f.periodNote),
            noLocalData: f.noLocalData,
          },
        ],
      });
    }
  }
  return { key, name, indicators: [...byIndicator.values()] };
}

export type Movement = { symbol: "↑" | "↓" | "→"; words: "Up" | "Down" | "No change"; outcome: "better" | "worse" | null };

/** How a value moved since the previous quarter, in words and symbol, and whether that is better. */
export function movement(previous: number | null | undefined, current: number | null | undefined, betterWhen: Direction): Movement | null {
  if (previous == null || current == null) return null;
  if (current === previous) return { symbol: "→", words: "No change", outcome: null };
  const up = current > previous;
  const better = up === (betterWhen === "HIGHER_IS_BETTER");
  return { symbol: up ? "↑" : "↓", words: up ? "Up" : "Down", outcome: better ? "better" : "worse" };
}

/** "Up, better" / "No change": the words a movement is read as. */
export function movementWords(m: Movement) {
  return m.outcome ? `${m.words}, ${m.outcome}` : m.words;
}
