import "server-only";
import { db } from "@/server/db";
import { assertCan, can, ForbiddenError, type Actor } from "@/lib/permissions";
import { isEditable, type Stage } from "@/lib/workflow/stages";
import { EDIT_PERMISSION } from "@/lib/workflow/part-permissions";

// Reads for the edit forms: each checks the permission to edit, selects only what its form
// shows, and reports whether the submission is still open to edits.

const header = { id: true, stage: true, title: true, edition: true, quarter: { select: { fyStart: true, quarter: true } } } as const;

function withEditable<T extends { stage: Stage }>(s: T) {
  return { ...s, editable: isEditable(s.stage) };
}

export async function getMeetingForEdit(actor: Actor, submissionId: string) {
  assertCan(actor, "meeting:edit");
  const s = await db.submission.findUnique({
    where: { id: submissionId },
    select: { ...header, boardName: true, meetingDate: true, agendaItem: true, planPriority: true, presenters: true, meetingVersion: true },
  });
  return s && withEditable(s);
}

export async function getFiguresForEdit(actor: Actor, submissionId: string, measureKey: string) {
  assertCan(actor, "force:edit");
  const s = await db.submission.findUnique({
    where: { id: submissionId },
    select: { ...header, figures: { where: { measureKey }, orderBy: { position: "asc" } } },
  });
  return s && s.figures.length > 0 ? withEditable(s) : null;
}

export async function getKpisForEdit(actor: Actor, submissionId: string) {
  assertCan(actor, "force:edit");
  const s = await db.submission.findUnique({
    where: { id: submissionId },
    select: { ...header, kpiResults: { orderBy: { position: "asc" } } },
  });
  return s && withEditable(s);
}

export async function getSectionForEdit(actor: Actor, submissionId: string, sectionId: string) {
  const section = await db.section.findFirst({
    where: { id: sectionId, submissionId },
    select: {
      id: true,
      part: true,
      kind: true,
      heading: true,
      version: true,
      paragraphs: { orderBy: { position: "asc" }, select: { text: true, carriedOver: true } },
      covers: { select: { measureKey: true } },
      submission: { select: header },
    },
  });
  if (!section) return null;
  if (!can(actor, EDIT_PERMISSION[section.part])) throw new ForbiddenError();
  const measures = await db.section.findMany({
    where: { submissionId, kind: "MEASURE" },
    orderBy: { position: "asc" },
    select: { measureKey: true, heading: true },
  });
  return { ...section, submission: withEditable(section.submission), measures };
}

export async function getCoverageForEdit(actor: Actor, submissionId: string) {
  assertCan(actor, "pcc:edit");
  const s = await db.submission.findUnique({
    where: { id: submissionId },
    select: {
      ...header,
      coverageVersion: true,
      notApplicable: true,
      sections: { where: { kind: "MEASURE" }, orderBy: { position: "asc" }, select: { measureKey: true, heading: true } },
    },
  });
  return s && withEditable(s);
}

/** The header every task page shows, for anyone who may view submissions. */
export async function getEditHeader(actor: Actor, submissionId: string) {
  assertCan(actor, "submission:view");
  const s = await db.submission.findUnique({ where: { id: submissionId }, select: header });
  return s && withEditable(s);
}
