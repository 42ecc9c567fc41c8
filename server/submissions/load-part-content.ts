import "server-only";
import type { Db, Tx } from "@/server/db";
import { compareSections } from "@/lib/workflow/section-order";
import { monthOfOrNull } from "@/lib/periods/months";
import { hashContent, type ForceContent, type PccContent, type SectionContent } from "@/lib/workflow/snapshot";
import type { ApprovedPart } from "@/lib/workflow/stages";

type Client = Tx | Db;

async function sectionsOf(client: Client, submissionId: string, part: "FORCE" | "PCC" | "SECRETARIAT"): Promise<SectionContent[]> {
  const sections = await client.section.findMany({
    where: { submissionId, part },
    // A total order (id breaks ties), so equal positions can never reorder the hash.
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      kind: true,
      measureKey: true,
      heading: true,
      position: true,
      paragraphs: { orderBy: { position: "asc" }, select: { text: true } },
      covers: { select: { measureKey: true } },
    },
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
    kpis: kpis.map((k) => ({
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
    sections,
  };
}

/** Exactly what the PCC approves: the PCC statement and its "not applicable" reasons. */
export async function loadPccContent(client: Client, submissionId: string): Promise<PccContent> {
  const [sections, notApplicable] = await Promise.all([
    sectionsOf(client, submissionId, "PCC"),
    client.pccNotApplicable.findMany({ where: { submissionId }, select: { measureKey: true, reason: true } }),
  ]);
  // Sorted here, not by the database, so the hash does not depend on a server's collation.
  return {
    sections,
    notApplicable: notApplicable.sort((a, b) => (a.measureKey < b.measureKey ? -1 : a.measureKey > b.measureKey ? 1 : 0)),
  };
}

/** One approved part's content, exactly as its hash is computed. */
export async function loadPartContent(client: Client, submissionId: string, part: ApprovedPart): Promise<ForceContent | PccContent> {
  return part === "FORCE" ? loadForceContent(client, submissionId) : loadPccContent(client, submissionId);
}

export async function currentHashes(client: Client, submissionId: string) {
  const [force, pcc] = await Promise.all([loadForceContent(client, submissionId), loadPccContent(client, submissionId)]);
  return { FORCE: hashContent(force), PCC: hashContent(pcc) };
}

/**
 * Everything the published paper shows: both parts' hashes plus the secretariat's content
 * (meeting details, reporting frequency, recommendations). Publishing is bound to it, so the
 * secretariat publishes exactly the paper they were looking at.
 */
export async function paperHash(client: Client, submissionId: string, known?: { FORCE: string; PCC: string }) {
  const [hashes, secretariat, meeting] = await Promise.all([
    // The parts' hashes when the caller has just computed them (the submission page has).
    known ?? currentHashes(client, submissionId),
    sectionsOf(client, submissionId, "SECRETARIAT"),
    client.submission.findUniqueOrThrow({
      where: { id: submissionId },
      select: { boardName: true, meetingDate: true, agendaItem: true, planPriority: true, title: true, presenters: true },
    }),
  ]);
  return hashContent({ ...hashes, secretariat, meeting: { ...meeting, meetingDate: meeting.meetingDate?.toISOString() ?? null } });
}
