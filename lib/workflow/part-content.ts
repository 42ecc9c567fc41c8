// A part's approvable content (lib/workflow/snapshot) made from the rows the database holds.
// Pure, so the one load of a submission (server/submissions/load-submission-content) and the
// narrow loads used inside transactions produce byte-identical content, and so the same hash.
import { monthOfOrNull } from "@/lib/periods/months";
import { inPaperOrder } from "./section-order";
import type { FigureContent, ForceContent, KpiContent, PccContent, SectionContent } from "./snapshot";

type Months<T, K extends keyof T> = Omit<T, K> & { [P in K]: Date | null };

export type FigureRow = Months<FigureContent, "baselineStart" | "baselineEnd" | "periodStart" | "periodEnd">;
export type KpiRow = Months<KpiContent, "periodStart" | "periodEnd">;
export type SectionRow = {
  id: string;
  part: string;
  kind: string;
  measureKey: string | null;
  heading: string;
  position: number;
  /** In position order. */
  paragraphs: { text: string }[];
  covers: { measureKey: string }[];
};

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A part's sections in paper order. Sorted here, not by the database, so the order (and the
 * hash) never depends on a server's collation (see inPaperOrder).
 */
export function sectionContents(sections: SectionRow[], part: "FORCE" | "PCC" | "SECRETARIAT"): SectionContent[] {
  return inPaperOrder(sections.filter((s) => s.part === part)).map((s) => ({
    kind: s.kind,
    measureKey: s.measureKey,
    heading: s.heading,
    covers: s.covers.map((c) => c.measureKey).sort(byCodePoint),
    paragraphs: s.paragraphs.map((p) => p.text),
  }));
}

/** Exactly what the DCC approves: the figures and KPI actuals (each in position order) and the force statement. */
export function forceContentOf(rows: { figures: FigureRow[]; kpis: KpiRow[]; sections: SectionRow[] }): ForceContent {
  return {
    figures: rows.figures.map((f) => ({
      indicatorId: f.indicatorId,
      measureKey: f.measureKey,
      measureName: f.measureName,
      name: f.name,
      unit: f.unit,
      betterWhen: f.betterWhen,
      baselineLabel: f.baselineLabel,
      baselineStart: monthOfOrNull(f.baselineStart),
      baselineEnd: monthOfOrNull(f.baselineEnd),
      baselineValue: f.baselineValue,
      source: f.source,
      latestValue: f.latestValue,
      periodStart: monthOfOrNull(f.periodStart),
      periodEnd: monthOfOrNull(f.periodEnd),
      periodNote: f.periodNote,
      comparisonLabel: f.comparisonLabel,
      comparisonValue: f.comparisonValue,
      noLocalData: f.noLocalData,
      noDataReason: f.noDataReason,
      proxyUsed: f.proxyUsed,
    })),
    kpis: rows.kpis.map((k) => ({
      kpiId: k.kpiId,
      name: k.name,
      unit: k.unit,
      betterWhen: k.betterWhen,
      target: k.target,
      greenThreshold: k.greenThreshold,
      amberThreshold: k.amberThreshold,
      actual: k.actual,
      periodStart: monthOfOrNull(k.periodStart),
      periodEnd: monthOfOrNull(k.periodEnd),
      note: k.note,
    })),
    sections: sectionContents(rows.sections, "FORCE"),
  };
}

/** Exactly what the PCC approves: the PCC statement and its "not applicable" reasons. */
export function pccContentOf(rows: { sections: SectionRow[]; notApplicable: { measureKey: string; reason: string }[] }): PccContent {
  return {
    sections: sectionContents(rows.sections, "PCC"),
    notApplicable: rows.notApplicable
      .map((n) => ({ measureKey: n.measureKey, reason: n.reason }))
      .sort((a, b) => byCodePoint(a.measureKey, b.measureKey)),
  };
}
