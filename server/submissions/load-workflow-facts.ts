import "server-only";
import type { Db, Tx } from "@/server/db";
import { approvalIsValid } from "@/lib/workflow/snapshot";
import { buildChecklist, missingByStep, type ChecklistItem } from "@/lib/workflow/checklist";
import type { WorkflowFacts, WorkflowState } from "@/lib/workflow/transitions";
import { checkParagraph, summarise } from "@/lib/figure-check/check-paragraph";
import { clearDaysSetting, publicationDeadline, toIsoDate } from "@/lib/deadline/working-days";
import type { Part } from "@/lib/workflow/stages";
import { currentHashes } from "./load-part-content";

type Client = Tx | Db;

/** Where the submission stands: its stage and each part's status. */
export async function loadState(client: Client, submissionId: string): Promise<WorkflowState> {
  const s = await client.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { stage: true, forceStatus: true, pccStatus: true },
  });
  return { stage: s.stage, FORCE: s.forceStatus, PCC: s.pccStatus };
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

export type ApprovalState = Awaited<ReturnType<typeof approvalState>>;

/**
 * Everything the completeness rules read, in one query: the statutory checklist, the
 * carried-over paragraphs not yet updated or confirmed, and the figure check of the force
 * statement.
 */
export async function loadCompleteness(client: Client, submissionId: string, approved: { forceApproved: boolean; pccApproved: boolean }) {
  const submission = await client.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: {
      boardName: true,
      meetingDate: true,
      agendaItem: true,
      planPriority: true,
      title: true,
      presenters: true,
      figures: true,
      sections: {
        select: {
          id: true,
          part: true,
          kind: true,
          heading: true,
          measureKey: true,
          covers: { select: { measureKey: true } },
          paragraphs: { select: { text: true, carriedOver: true }, orderBy: { position: "asc" } },
        },
      },
      notApplicable: { select: { measureKey: true, reason: true } },
    },
  });
  const keys = submission.sections.filter((s) => s.kind === "MEASURE" && s.measureKey).map((s) => s.measureKey!);
  const measures = await client.measure.findMany({
    where: { key: { in: keys } },
    orderBy: { position: "asc" },
    select: { key: true, name: true },
  });
  const checklist: ChecklistItem[] = buildChecklist({
    measures,
    figures: submission.figures,
    // Last quarter's text does not count as this quarter's statement until its author updates or confirms it.
    sections: submission.sections.map((s) => ({
      ...s,
      covers: s.covers.map((c) => c.measureKey),
      paragraphs: s.paragraphs.filter((p) => !p.carriedOver).map((p) => p.text),
    })),
    notApplicable: submission.notApplicable,
    meeting: submission,
    ...approved,
  });
  // Sections the checklist covers already say "not written" while all their text is carried
  // over; the rest (and partly updated ones) list their carried paragraphs here.
  const checklistCovers = (s: (typeof submission.sections)[number]) =>
    ["PURPOSE", "MEASURE"].includes(s.kind) && !s.paragraphs.some((p) => !p.carriedOver && p.text.trim());
  const carried = (part: Part) =>
    submission.sections
      .filter((s) => s.part === part && s.paragraphs.some((p) => p.carriedOver) && !checklistCovers(s))
      .map((s) => {
        const count = s.paragraphs.filter((p) => p.carriedOver).length;
        return `${s.heading} (${count} paragraph${count === 1 ? "" : "s"} carried over from last quarter to update or confirm)`;
      });
  const figureCheck = summarise(
    submission.sections
      .filter((s) => s.kind === "MEASURE")
      .flatMap((s) =>
        s.paragraphs.flatMap((p) =>
          checkParagraph(
            p.text,
            submission.figures.filter((f) => f.measureKey === s.measureKey),
          ),
        ),
      ),
  );
  return { checklist, carried: { FORCE: carried("FORCE"), PCC: carried("PCC"), SECRETARIAT: carried("SECRETARIAT") }, figureCheck };
}

export async function loadChecklist(client: Client, submissionId: string, approved: { forceApproved: boolean; pccApproved: boolean }) {
  return (await loadCompleteness(client, submissionId, approved)).checklist;
}

export function isPastDeadline(meetingDate: Date | null, now = new Date()) {
  if (!meetingDate) return false;
  return toIsoDate(now) > publicationDeadline(toIsoDate(meetingDate), clearDaysSetting());
}

/** Everything the transition table's conditions read, for one actor and one submission. */
export async function loadWorkflowFacts(client: Client, submissionId: string, actorId: string, now = new Date()) {
  const submission = await client.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { edition: true, meetingDate: true, stage: true, forceStatus: true, pccStatus: true },
  });
  const [approval, edits] = await Promise.all([
    approvalState(client, submissionId),
    client.partEditor.findMany({ where: { submissionId, userId: actorId }, select: { part: true } }),
  ]);
  const { checklist, carried, figureCheck } = await loadCompleteness(client, submissionId, approval);
  const missing = missingByStep(checklist);
  const facts: WorkflowFacts = {
    forceApproved: approval.forceApproved,
    pccApproved: approval.pccApproved,
    actorEditedForce: edits.some((e) => e.part === "FORCE"),
    actorEditedPcc: edits.some((e) => e.part === "PCC"),
    missingForForce: [...missing.missingForData, ...missing.missingForForce, ...carried.FORCE],
    missingForPcc: [...missing.missingForPcc, ...carried.PCC],
    missingForPublish: [...missing.missingForPublish, ...carried.FORCE, ...carried.PCC, ...carried.SECRETARIAT],
    figureFlags: figureCheck.flagged,
    pastDeadline: isPastDeadline(submission.meetingDate, now),
    isCorrection: submission.edition > 1,
  };
  const state: WorkflowState = { stage: submission.stage, FORCE: submission.forceStatus, PCC: submission.pccStatus };
  return { facts, state, checklist, carried, figureCheck, approval };
}

export type LoadedFacts = Awaited<ReturnType<typeof loadWorkflowFacts>>;
