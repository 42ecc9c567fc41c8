import "server-only";
import type { Db, Tx } from "@/server/db";
import { approvalIsValid } from "@/lib/workflow/snapshot";
import { buildChecklist, missingByStep, type ChecklistItem } from "@/lib/workflow/checklist";
import type { WorkflowFacts } from "@/lib/workflow/transitions";
import { clearDaysSetting, publicationDeadline, toIsoDate } from "@/lib/deadline/working-days";
import { currentHashes } from "./load-part-content";

type Client = Tx | Db;

/** The submission's current approvals, each with whether it still matches the content. */
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
    pccApproved: approvalIsValid(pcc, hashes.PCC),
  };
}

export async function loadChecklist(
  client: Client,
  submissionId: string,
  approved: { forceApproved: boolean; pccApproved: boolean },
): Promise<ChecklistItem[]> {
  const submission = await client.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: {
      boardName: true,
      meetingDate: true,
      agendaItem: true,
      planPriority: true,
      title: true,
      presenters: true,
      figures: { select: { measureKey: true, name: true, latestValue: true, latestPeriod: true, noLocalData: true, noDataReason: true } },
      sections: {
        select: {
          part: true,
          kind: true,
          measureKey: true,
          covers: { select: { measureKey: true } },
          paragraphs: { select: { text: true }, orderBy: { position: "asc" } },
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
  return buildChecklist({
    measures,
    figures: submission.figures,
    sections: submission.sections.map((s) => ({
      ...s,
      covers: s.covers.map((c) => c.measureKey),
      paragraphs: s.paragraphs.map((p) => p.text),
    })),
    notApplicable: submission.notApplicable,
    meeting: submission,
    ...approved,
  });
}

export function isPastDeadline(meetingDate: Date | null, now = new Date()) {
  if (!meetingDate) return false;
  return toIsoDate(now) > publicationDeadline(toIsoDate(meetingDate), clearDaysSetting());
}

/** Everything the transition table's conditions read, for one actor and one submission. */
export async function loadWorkflowFacts(client: Client, submissionId: string, actorId: string, now = new Date()) {
  const submission = await client.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { pccSubmitted: true, edition: true, meetingDate: true },
  });
  const [approval, edits] = await Promise.all([
    approvalState(client, submissionId),
    client.partEditor.findMany({ where: { submissionId, userId: actorId }, select: { part: true } }),
  ]);
  const checklist = await loadChecklist(client, submissionId, approval);
  const facts: WorkflowFacts = {
    pccSubmitted: submission.pccSubmitted,
    forceApproved: approval.forceApproved,
    pccApproved: approval.pccApproved,
    actorEditedForce: edits.some((e) => e.part === "FORCE"),
    actorEditedPcc: edits.some((e) => e.part === "PCC"),
    ...missingByStep(checklist),
    pastDeadline: isPastDeadline(submission.meetingDate, now),
    isCorrection: submission.edition > 1,
  };
  return { ...facts, checklist, approval };
}
