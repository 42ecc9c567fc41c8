import "server-only";
import { db } from "@/server/db";
import type { Stage } from "@/generated/prisma/enums";
import { writeAudit } from "@/server/audit/write-audit";
import { isUniqueViolation } from "@/server/errors";
import { clearDaysSetting, deadlineStatus, toIsoDate } from "@/lib/deadline/working-days";
import { formatDate } from "@/lib/format";
import { waitingFor } from "@/lib/workflow/next-step";
import { queueWorkflowMail } from "@/server/submissions/queue-workflow-mail";

export type QueueDeadlineRemindersOptions = { now?: Date };

/** The stages in which a quarter is still being prepared. */
const OPEN: Stage[] = ["IN_PROGRESS", "APPROVAL"];

/**
 * Tells the secretariat when an edition's publication deadline is 2 working days away or less
 * (the deadline clock's "red") and it is not ready to publish. Once per edition, however many
 * instances run this and however often: the reminder's row (keyed by the submission) is
 * inserted in the same transaction as its messages, and the instance whose insert loses to
 * another's rolls back. Returns the submissions reminded about.
 */
export async function queueDeadlineReminders({ now = new Date() }: QueueDeadlineRemindersOptions = {}) {
  const open = await db.submission.findMany({
    where: { stage: { in: OPEN }, meetingDate: { not: null }, deadlineReminder: { is: null } },
    select: { id: true, meetingDate: true, stage: true, forceStatus: true, pccStatus: true },
  });
  const today = toIsoDate(now);
  const reminded: string[] = [];
  for (const s of open) {
    const status = deadlineStatus(toIsoDate(s.meetingDate!), today, clearDaysSetting());
    if (status.level !== "red") continue;
    const deadline = {
      date: formatDate(new Date(`${status.deadline}T12:00:00Z`)),
      workingDaysLeft: status.workingDaysLeft,
      waiting: waitingFor({ stage: s.stage, FORCE: s.forceStatus, PCC: s.pccStatus }),
    };
    try {
      const queued = await db.$transaction(async (tx) => {
        // Still open, checked under the row's lock: a publish that committed since the read
        // above must not be followed by "not ready to publish".
        const still = await tx.submission.updateMany({ where: { id: s.id, stage: { in: OPEN } }, data: { updatedAt: now } });
        if (still.count !== 1) return false;
        await tx.deadlineReminder.create({ data: { submissionId: s.id, at: now } });
        await writeAudit(tx, {
          actor: null,
          action: "mail.deadline-reminder",
          entityType: "Submission",
          entityId: s.id,
          submissionId: s.id,
          details: { deadline: status.deadline, workingDaysLeft: status.workingDaysLeft },
        });
        await queueWorkflowMail(tx, { actor: null, submissionId: s.id, event: { kind: "deadline" }, deadline });
        return true;
      });
      if (queued) reminded.push(s.id);
    } catch (error) {
      // Another instance reminded about it first; anything else is a real failure.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return reminded;
}
