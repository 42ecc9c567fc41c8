import "server-only";
import type { Db, Tx } from "@/server/db";
import { forceContentOf, pccContentOf, sectionContents } from "@/lib/workflow/part-content";
import { hashContent, type ForceContent, type PccContent, type SectionContent } from "@/lib/workflow/snapshot";
import type { ApprovedPart } from "@/lib/workflow/stages";

type Client = Tx | Db;

/** Figures and KPI results in position order; positions are sequential by construction, and the id makes the order total all the same. */
export const BY_POSITION: { position?: "asc"; id?: "asc" }[] = [{ position: "asc" }, { id: "asc" }];

/** What lib/workflow/part-content reads of a section (also used by the one load of a submission). */
export const SECTION_CONTENT_SELECT = {
  id: true,
  part: true,
  kind: true,
  measureKey: true,
  heading: true,
  position: true,
  paragraphs: { orderBy: { position: "asc" }, select: { text: true } },
  covers: { select: { measureKey: true } },
} as const;

async function sectionsOf(client: Client, submissionId: string, part: "FORCE" | "PCC" | "SECRETARIAT"): Promise<SectionContent[]> {
  const sections = await client.section.findMany({ where: { submissionId, part }, select: SECTION_CONTENT_SELECT });
  return sectionContents(sections, part);
}

/** Exactly what the DCC approves: the figures, the KPI actuals and the force statement. */
export async function loadForceContent(client: Client, submissionId: string): Promise<ForceContent> {
  const [figures, kpis, sections] = await Promise.all([
    client.figure.findMany({ where: { submissionId }, orderBy: BY_POSITION }),
    client.kpiResult.findMany({ where: { submissionId }, orderBy: BY_POSITION }),
    client.section.findMany({ where: { submissionId, part: "FORCE" }, select: SECTION_CONTENT_SELECT }),
  ]);
  return forceContentOf({ figures, kpis, sections });
}

/** Exactly what the PCC approves: the PCC statement and its "not applicable" reasons. */
export async function loadPccContent(client: Client, submissionId: string): Promise<PccContent> {
  const [sections, notApplicable] = await Promise.all([
    client.section.findMany({ where: { submissionId, part: "PCC" }, select: SECTION_CONTENT_SELECT }),
    client.pccNotApplicable.findMany({ where: { submissionId }, select: { measureKey: true, reason: true } }),
  ]);
  return pccContentOf({ sections, notApplicable });
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
