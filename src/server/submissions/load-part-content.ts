import "server-only";
import type { Db, Tx } from "@/server/db";
import { compareSections } from "@/lib/workflow/section-order";
import { hashContent, type ForceContent, type PccContent, type SectionContent } from "@/lib/workflow/snapshot";

type Client = Tx | Db;

async function sectionsOf(client: Client, submissionId: string, part: "FORCE" | "PCC"): Promise<SectionContent[]> {
  const sections = await client.section.findMany({
    where: { submissionId, part },
    select: { kind: true, measureKey: true, heading: true, position: true, paragraphs: { orderBy: { position: "asc" }, select: { text: true } }, covers: { select: { measureKey: true } } },
  });
  return sections.sort(compareSections).map((s) => ({
    kind: s.kind,
    measureKey: s.measureKey,
    heading: s.heading,
    covers: s.covers.map((c) => c.measureKey).sort(),
    paragraphs: s.paragraphs.map((p) => p.text),
  }));
}

/** Exactly what the DCC approves: the figures, the KPI actuals and the force statement. */
export async function loadForceContent(client: Client, submissionId: string): Promise<ForceContent> {
  const [figures, kpis, sections] = await Promise.all([
    client.figure.findMany({ where: { submissionId }, orderBy: { position: "asc" } }),
    client.kpiResult.findMany({ where: { submissionId }, orderBy: { position: "asc" } }),
    sectionsOf(client, submissionId, "FORCE"),
  ]);
  return {
    figures: figures.map((f) => ({
      indicatorId: f.indicatorId,
      name: f.name,
      unit: f.unit,
      betterWhen: f.betterWhen,
      baselineLabel: f.baselineLabel,
      baselineValue: f.baselineValue,
      source: f.source,
      latestValue: f.latestValue,
      latestPeriod: f.latestPeriod,
      comparisonLabel: f.comparisonLabel,
      comparisonValue: f.comparisonValue,
      noLocalData: f.noLocalData,
      noDataReason: f.noDataReason,
      proxyUsed: f.proxyUsed,
    })),
    kpis: kpis.map((k) => ({ kpiId: k.kpiId, name: k.name, target: k.target, greenThreshold: k.greenThreshold, amberThreshold: k.amberThreshold, actual: k.actual, periodLabel: k.periodLabel, note: k.note })),
    sections,
  };
}

/** Exactly what the PCC approves: the PCC statement and its "not applicable" reasons. */
export async function loadPccContent(client: Client, submissionId: string): Promise<PccContent> {
  const [sections, notApplicable] = await Promise.all([
    sectionsOf(client, submissionId, "PCC"),
    client.pccNotApplicable.findMany({ where: { submissionId }, orderBy: { measureKey: "asc" }, select: { measureKey: true, reason: true } }),
  ]);
  return { sections, notApplicable };
}

export async function currentHashes(client: Client, submissionId: string) {
  const [force, pcc] = await Promise.all([loadForceContent(client, submissionId), loadPccContent(client, submissionId)]);
  return { FORCE: hashContent(force), PCC: hashContent(pcc) };
}
