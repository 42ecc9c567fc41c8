import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { writeAudit } from "@/server/audit/write-audit";
import { DomainError, NotFoundError } from "@/server/errors";
import { approvalState } from "./load-workflow-facts";
import { deriveStage, isEditable, type ApprovedPart } from "@/lib/workflow/stages";
import { recordSnapshot } from "./record-snapshot";
import { returnPartIn } from "./return-part";

export type StartEditionOptions = {
  actor: SessionActor;
  quarterId: string;
  /** The parts that need correcting: each goes back to its authors with the comment. */
  returnParts?: ApprovedPart[];
  comment?: string;
};

/**
 * Starts a correction: a new edition copying the published one. Every part keeps its approval
 * (carried over with its hash) and its approved state; only the parts named for correction go
 * back to their authors, with the secretariat's comment. An unchanged part is never
 * resubmitted, and keeps its approval unless what it responds to changes.
 */
export async function startEdition({ actor, quarterId, returnParts = [], comment = "" }: StartEditionOptions) {
  assertCan(actor, "edition:create");
  if (returnParts.length > 0 && !comment.trim())
    throw new DomainError("Say what needs correcting, for the people who will correct it.", { comment: ["Say what needs correcting"] });
  return db.$transaction(async (tx) => {
    // The published edition's row lock first (withdrawing and superseding take it too), so two
    // starts, or a start and a withdrawal, are decided one after the other.
    await tx.submission.updateMany({ where: { quarterId, stage: "PUBLISHED" }, data: { updatedAt: new Date() } });
    const editions = await tx.submission.findMany({
      where: { quarterId },
      orderBy: { edition: "desc" },
      select: { id: true, edition: true, stage: true },
    });
    if (editions.length === 0) throw new NotFoundError("That quarter");
    if (editions.some((e) => isEditable(e.stage)))
      throw new DomainError("An edition of this quarter is already open. Only one edition at a time may be open.");
    const published = editions.find((e) => e.stage === "PUBLISHED");
    if (!published) throw new DomainError("Only a published quarter can be corrected with a new edition.");

    const source = await tx.submission.findUniqueOrThrow({
      where: { id: published.id },
      include: { figures: true, kpiResults: true, notApplicable: true, sections: { include: { paragraphs: true, covers: true } } },
    });
    const approvals = await approvalState(tx, source.id);
    const edition = editions[0]!.edition + 1;
    // Created in the state the published edition ended in: both parts approved, ready.
    const copy = await tx.submission.create({
      data: {
        quarterId,
        edition,
        forceStatus: "APPROVED",
        pccStatus: "APPROVED",
        stage: deriveStage("APPROVED", "APPROVED"),
        boardName: source.boardName,
        meetingDate: source.meetingDate,
        agendaItem: source.agendaItem,
        planPriority: source.planPriority,
        title: source.title,
        presenters: source.presenters,
        figures: { create: source.figures.map(({ id: _id, submissionId: _s, version: _v, ...f }) => f) },
        kpiResults: { create: source.kpiResults.map(({ id: _id, submissionId: _s, version: _v, ...k }) => k) },
        notApplicable: { create: source.notApplicable.map(({ submissionId: _s, ...n }) => n) },
      },
      select: { id: true },
    });
    for (const s of source.sections) {
      await tx.section.create({
        data: {
          submissionId: copy.id,
          part: s.part,
          kind: s.kind,
          measureKey: s.measureKey,
          heading: s.heading,
          position: s.position,
          paragraphs: { create: s.paragraphs.map((p) => ({ position: p.position, text: p.text, carriedOver: false })) },
          covers: { create: s.covers.map((c) => ({ measureKey: c.measureKey })) },
        },
      });
    }
    for (const [part, approval, valid] of [
      ["FORCE", approvals.force, approvals.forceApproved],
      ["PCC", approvals.pcc, approvals.pccApproved],
    ] as const) {
      if (!approval || !valid) continue;
      await tx.approval.create({
        data: {
          submissionId: copy.id,
          part,
          approverId: approval.approverId,
          approverName: approval.approverName,
          approvedAt: approval.approvedAt,
          contentHash: approval.contentHash,
          forceHash: approval.forceHash,
          carriedFrom: source.edition,
        },
      });
      // The content as approved, so later edits in this edition are measured against it.
      await recordSnapshot(tx, { submissionId: copy.id, part, event: "APPROVED" });
    }
    await writeAudit(tx, {
      actor,
      action: "edition.start",
      entityType: "Submission",
      entityId: copy.id,
      submissionId: copy.id,
      toStatus: "READY",
      details: { edition, copiedFrom: source.edition, returned: returnParts },
    });
    for (const part of returnParts) await returnPartIn(tx, { actor, submissionId: copy.id, part, comment });
    return { submissionId: copy.id, edition };
  });
}
