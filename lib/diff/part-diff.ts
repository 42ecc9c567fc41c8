// "What changed" in a part between two snapshots (since it was returned, since the last
// approval, since the previous edition): paragraphs with inserted and deleted words, and
// figures old → new. The diffing itself is the `diff` library's (Myers' algorithm, as in
// git): arrays of paragraphs first, then words within a paragraph that changed.
import { diffArrays, diffWordsWithSpace } from "diff";
import { formatValue } from "@/lib/measures/compute-change";
import { formatPeriod } from "@/lib/periods/months";
import type { FigureContent, ForceContent, KpiContent, PccContent, SectionContent } from "@/lib/workflow/snapshot";

export type WordPiece = { text: string; change: "same" | "inserted" | "deleted" };
export type ParagraphDiff =
  { change: "same"; text: string } | { change: "inserted" | "deleted"; text: string } | { change: "changed"; pieces: WordPiece[] };
export type SectionDiff = {
  key: string;
  heading: string;
  change: "same" | "changed" | "inserted" | "deleted";
  headingBefore?: string;
  coversBefore?: string[];
  coversAfter?: string[];
  paragraphs: ParagraphDiff[];
};
export type ValueDiff = { item: string; field: string; before: string; after: string };
export type PartDiff = { sections: SectionDiff[]; values: ValueDiff[]; changed: boolean };

type Content = ForceContent | PccContent;

/** Which section of the other snapshot a section is: measures by key, themes by their order. */
function sectionKeys(sections: SectionContent[]) {
  let theme = 0;
  return sections.map((s) => (s.kind === "MEASURE" ? `MEASURE:${s.measureKey}` : s.kind === "PCC_THEME" ? `PCC_THEME:${theme++}` : s.kind));
}

export function diffParagraphs(before: string[], after: string[]): ParagraphDiff[] {
  const out: ParagraphDiff[] = [];
  const chunks = diffArrays(before, after);
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    const next = chunks[i + 1];
    if (chunk.removed && next?.added) {
      // Removed paragraphs followed by added ones were rewritten: pair them up and diff their words.
      const pairs = Math.min(chunk.value.length, next.value.length);
      for (let p = 0; p < pairs; p++) out.push({ change: "changed", pieces: diffWordPieces(chunk.value[p]!, next.value[p]!) });
      for (const text of chunk.value.slice(pairs)) out.push({ change: "deleted", text });
      for (const text of next.value.slice(pairs)) out.push({ change: "inserted", text });
      i++;
      continue;
    }
    for (const text of chunk.value) out.push({ change: chunk.added ? "inserted" : chunk.removed ? "deleted" : "same", text });
  }
  return out;
}

export function diffWordPieces(before: string, after: string): WordPiece[] {
  return diffWordsWithSpace(before, after).map((c) => ({ text: c.value, change: c.added ? "inserted" : c.removed ? "deleted" : "same" }));
}

function diffSections(before: SectionContent[], after: SectionContent[]): SectionDiff[] {
  const beforeKeys = sectionKeys(before);
  const afterKeys = sectionKeys(after);
  const out: SectionDiff[] = [];
  for (const [index, s] of after.entries()) {
    const key = afterKeys[index]!;
    const old = before[beforeKeys.indexOf(key)];
    if (!old) {
      out.push({ key, heading: s.heading, change: "inserted", paragraphs: s.paragraphs.map((text) => ({ change: "inserted", text })) });
      continue;
    }
    const paragraphs = diffParagraphs(old.paragraphs, s.paragraphs);
    const coversChanged = old.covers.join() !== s.covers.join();
    const changed = old.heading !== s.heading || coversChanged || paragraphs.some((p) => p.change !== "same");
    out.push({
      key,
      heading: s.heading,
      change: changed ? "changed" : "same",
      headingBefore: old.heading !== s.heading ? old.heading : undefined,
      coversBefore: coversChanged ? old.covers : undefined,
      coversAfter: coversChanged ? s.covers : undefined,
      paragraphs,
    });
  }
  for (const [index, s] of before.entries()) {
    if (!afterKeys.includes(beforeKeys[index]!))
      out.push({
        key: beforeKeys[index]!,
        heading: s.heading,
        change: "deleted",
        paragraphs: s.paragraphs.map((text) => ({ change: "deleted", text })),
      });
  }
  return out;
}

const text = (v: string | null | undefined) => (v?.trim() ? v : "–");

/** A figure's fields as the reader sees them, so "old → new" reads like the paper. */
function figureFields(f: FigureContent): Record<string, string> {
  if (f.noLocalData) return { "No local data": text(f.noDataReason), "Proxy used": text(f.proxyUsed) };
  return {
    "Latest value": formatValue(f.latestValue, f.unit as never),
    Period: text(formatPeriod(f.periodStart, f.periodEnd)),
    "Period note": text(f.periodNote),
    Comparison: f.comparisonValue == null ? "–" : `${formatValue(f.comparisonValue, f.unit as never)} (${text(f.comparisonLabel)})`,
  };
}

function kpiFields(k: KpiContent): Record<string, string> {
  return { Actual: formatValue(k.actual, k.unit as never), Period: text(formatPeriod(k.periodStart, k.periodEnd)), Note: text(k.note) };
}

function diffRecords<T>(before: T[], after: T[], id: (x: T) => string, name: (x: T) => string, fields: (x: T) => Record<string, string>) {
  const out: ValueDiff[] = [];
  for (const item of after) {
    const old = before.find((b) => id(b) === id(item));
    const now = fields(item);
    const was = old ? fields(old) : {};
    for (const field of new Set([...Object.keys(was), ...Object.keys(now)])) {
      const b = was[field] ?? "–";
      const a = now[field] ?? "–";
      if (a !== b) out.push({ item: name(item), field, before: b, after: a });
    }
  }
  return out;
}

const isForce = (c: Content): c is ForceContent => "figures" in c;

/** Everything that differs between two snapshots of the same part. */
export function diffPart(before: Content, after: Content): PartDiff {
  const sections = diffSections(before.sections, after.sections);
  const values: ValueDiff[] = [];
  if (isForce(before) && isForce(after)) {
    values.push(
      ...diffRecords(
        before.figures,
        after.figures,
        (f) => f.indicatorId,
        (f) => f.name,
        figureFields,
      ),
    );
    values.push(
      ...diffRecords(
        before.kpis,
        after.kpis,
        (k) => k.kpiId,
        (k) => k.name,
        kpiFields,
      ),
    );
  } else if (!isForce(before) && !isForce(after)) {
    const reasons = (c: PccContent) => c.notApplicable.map((n) => ({ ...n, id: n.measureKey }));
    const na = (n: { reason: string }) => ({ "Not applicable": n.reason });
    values.push(
      ...diffRecords(
        reasons(before),
        reasons(after),
        (n) => n.id,
        (n) => n.measureKey,
        na,
      ),
    );
    for (const gone of before.notApplicable.filter((b) => !after.notApplicable.some((a) => a.measureKey === b.measureKey)))
      values.push({ item: gone.measureKey, field: "Not applicable", before: gone.reason, after: "–" });
  }
  return { sections, values, changed: values.length > 0 || sections.some((s) => s.change !== "same") };
}
