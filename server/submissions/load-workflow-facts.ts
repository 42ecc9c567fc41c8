import "server-only";
import type { Db, Tx } from "@/server/db";
import { approvalIsValid, hashContent, type ApprovalRecord } from "@/lib/workflow/snapshot";
import { buildChecklist, missingByStep, type ChecklistItem } from "@/lib/workflow/checklist";
import type { WorkflowFacts, WorkflowState } from "@/lib/workflow/transitions";
import { checkParagraph, summarise } from "@/lib/figure-check/check-paragraph";
import { clearDaysSetting, publicationDeadline, toIsoDate } from "@/lib/deadline/working-days";
import type { Part } from "@/lib/workflow/stages";
import { inPaperOrder } from "@/lib/workflow/section-order";
import { forceContentOf, pccContentOf } from "@/lib/workflow/part-content";
import { currentHashes } from "./load-part-content";
import { loadSubmissionContent, type SubmissionContent } from "./load-submission-content";

type Client = Tx | Db;

/** Where the submission stands: its stage and each part's status. */
export async function loadState(client: Client, submissionId: string): Promise<WorkflowState> {
  const s = await client.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { stage: true, forceStatus: true, pccStatus: true },
  });
  return { stage: s.stage, FORCE: s.forceStatus, PCC: s.pccStatus };
}

/** Each part's latest approval and whether it still matches the content (approvals newest first). */
function approvalOf<A extends ApprovalRecord & { part: string }>(hashes: { FORCE: string; PCC: string }, approvals: A[]) {
  const latest = (part: "FORCE" | "PCC") => approvals.find((a) => a.part === part) ?? null;
  const force = latest("FORCE");
  const pcc = latest("PCC");
  return {
    hashes,
    approvals,
    force,
    pcc,
    forceApproved: approvalIsValid(force, hashes.FORCE),
    pccApproved: approvalIsValid(pcc, hashes.PCC, hashes.FORCE),
  };
}

/**
 * The submission's current approvals, each with whether it still matches the content. The
 * PCC's approval must also match the force part it answered.
 */
export async function approvalState(client: Client, submissionId: string) {
  const [hashes, approvals] = await Promise.all([
    currentHashes(client, submissionId),
    client.approval.findMany({ where: { submissionId }, orderBy: { approvedAt: "desc" } }),
  ]);
  return approvalOf(hashes, approvals);
}

export type ApprovalState = Awaited<ReturnType<typeof approvalState>>;

/** Both parts' hashes, from the one load. */
function hashesOf(content: SubmissionContent) {
  return {
    FORCE: hashContent(forceContentOf({ figures: content.figures, kpis: content.kpiResults, sections: content.sections })),
    PCC: hashContent(pccContentOf(content)),
  };
}

/** The loaded submission with its sections sorted once, in paper order (the checklist, the carried-over list and the task list read them so). */
function sectionsInPaperOrder(content: SubmissionContent): SubmissionContent {
  return { ...content, sections: inPaperOrder(content.sections) };
}

/**
 * What the completeness rules read: the statutory checklist, the carried-over paragraphs not
 * yet updated or confirmed, and the figure check of the force statement.
 */
function completenessOf(content: SubmissionContent, approved: { forceApproved: boolean; pccApproved: boolean }) {
  const { sections } = content;
  const keys = new Set(sections.filter((s) => s.kind === "MEASURE" && s.measureKey).map((s) => s.measureKey!));
  const checklist: ChecklistItem[] = buildChecklist({
    measures: content.measures.filter((m) => keys.has(m.key)),
    figures: content.figures,
    // Last quarter's text does not count as this quarter's statement until its author updates or confirms it.
    sections: sections.map((s) => ({
      ...s,
      covers: s.covers.map((c) => c.measureKey),
      paragraphs: s.paragraphs.filter((p) => !p.carriedOver).map((p) => p.text),
    })),
    notApplicable: content.notApplicable,
    meeting: content,
    ...approved,
  });
  // Sections the checklist covers already say "not written" while all their text is carried
  // over; the rest (and partly updated ones) list their carried paragraphs here.
  const checklistCovers = (s: (typeof sections)[number]) =>
    ["PURPOSE", "MEASURE"].includes(s.kind) && !s.paragraphs.some((p) => !p.carriedOver && p.text.trim());
  const carried = (part: Part) =>
    sections
      .filter((s) => s.part === part && s.paragraphs.some((p) => p.carriedOver) && !checklistCovers(s))
      .map((s) => {
        const count = s.paragraphs.filter((p) => p.carriedOver).length;
        return `${s.heading} (${count} paragraph${count === 1 ? "" : "s"} carried over from last quarter to update or confirm)`;
      });
  const figureCheck = summarise(
    sections
      .filter((s) => s.kind === "MEASURE")
      .flatMap((s) =>
        s.paragraphs.flatMap((p) =>
          checkParagraph(
            p.text,
            content.figures.filter((f) => f.measureKey === s.measureKey),
          ),
        ),
      ),
  );
  return { checklist, carried: { FORCE: carried("FORCE"), PCC: carried("PCC"), SECRETARIAT: carried("SECRETARIAT") }, figureCheck };
}

/** The statutory checklist of one submission (the quarters list shows how far each has got). */
export async function loadChecklist(client: Client, submissionId: string) {
  const content = sectionsInPaperOrder(await loadSubmissionContent(client, submissionId, ""));
  return completenessOf(content, approvalOf(hashesOf(content), content.approvals)).checklist;
}

export function isPastDeadline(meetingDate: Date | null, now = new Date()) {
  if (!meetingDate) return false;
  return toIsoDate(now) > publicationDeadline(toIsoDate(meetingDate), clearDaysSetting());
}

/**
 * Everything the transition table's conditions read, for one actor and one submission, with
 * the loaded content (the task list is made from it too).
 */
export async function loadWorkflowFacts(client: Client, submissionId: string, actorId: string, now = new Date()) {
  return workflowFactsOf(await loadSubmissionContent(client, submissionId, actorId), now);
}

/** The workflow facts of a submission already loaded (see loadWorkflowFacts). */
export function workflowFactsOf(loaded: SubmissionContent, now = new Date()) {
  const content = sectionsInPaperOrder(loaded);
  const approval = approvalOf(hashesOf(content), content.approvals);
  const { checklist, carried, figureCheck } = completenessOf(content, approval);
  const missing = missingByStep(checklist);
  const facts: WorkflowFacts = {
    forceApproved: approval.forceApproved,
    pccApproved: approval.pccApproved,
    actorEditedForce: content.editors.some((e) => e.part === "FORCE"),
    actorEditedPcc: content.editors.some((e) => e.part === "PCC"),
    missingForForce: [...missing.missingForData, ...missing.missingForForce, ...carried.FORCE],
    missingForPcc: [...missing.missingForPcc, ...carried.PCC],
    missingForPublish: [...missing.missingForPublish, ...carried.FORCE, ...carried.PCC, ...carried.SECRETARIAT],
    figureFlags: figureCheck.flagged,
    pastDeadline: isPastDeadline(content.meetingDate, now),
    isCorrection: content.edition > 1,
  };
  const state: WorkflowState = { stage: content.stage, FORCE: content.forceStatus, PCC: content.pccStatus };
  return { facts, state, checklist, carried, figureCheck, approval, content };
}

export type LoadedFacts = ReturnType<typeof workflowFactsOf>;
