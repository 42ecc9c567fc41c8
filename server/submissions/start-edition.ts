import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { writeAudit } from "@/server/audit/write-audit";
import { DomainError, NotFoundError } from "@/server/errors";
import { approvalState } from "./load-workflow-facts";
import { isEditable } from "@/lib/workflow/stages";

export type StartEditionOptions = { actor: SessionActor; quarterId: string };

/**
 * Starts a correction: a new edition copying the published one, at data entry. Approvals
 * that still match are carried over with their hash, so a part left unchanged keeps its
 * approval and only changed parts need approving again.
 */
export async function startEdition({ actor, quarterId }: StartEditionOptions) {
  assertCan(actor, "edition:create");
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
    const copy = await tx.submission.create({
      data: {
        quarterId,
        edition,
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
          paragraphs: { create: s.paragraphs.map((p) => ({ position: p.position, text: p.text })) },
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
          carriedFrom: source.edition,
        },
      });
    }
    await writeAudit(tx, {
      actor,
      action: "edition.start",
      entityType: "Submission",
      entityId: copy.id,
      submissionId: copy.id,
      toStatus: "DATA_ENTRY",
      details: { edition, copiedFrom: source.edition },
    });
    return { submissionId: copy.id, edition };
  });
}
