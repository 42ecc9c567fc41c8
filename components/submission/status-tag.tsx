import { PART_STATUS_LABELS, type PartStatus } from "@/lib/workflow/stages";
import { TASK_STATUS_LABELS, type TaskStatus } from "@/lib/workflow/task-list";

const TASK_TONE: Record<TaskStatus, string> = {
  CANNOT_START: "bg-panel text-muted",
  NOT_STARTED: "bg-[#d2e2f1] text-[#0c2d4a]",
  IN_PROGRESS: "bg-[#fff7bf] text-[#594d00]",
  COMPLETED: "bg-transparent text-ink font-normal",
  RETURNED: "bg-[#f6d7d2] text-[#2a0b06]",
};

const PART_TONE: Record<PartStatus, string> = {
  NOT_STARTED: TASK_TONE.NOT_STARTED,
  IN_PROGRESS: TASK_TONE.IN_PROGRESS,
  SUBMITTED: "bg-[#d2e2f1] text-[#0c2d4a]",
  APPROVED: "bg-[#cce2d8] text-[#005a30]",
  RETURNED: TASK_TONE.RETURNED,
};

/** A task's status in words (GOV.UK task list tags); colour only repeats what the words say. */
export function TaskStatusTag({ status, id }: { status: TaskStatus; id?: string }) {
  return (
    <strong id={id} className={`inline-block px-2 py-0.5 text-base ${TASK_TONE[status]}`} data-task-status={status}>
      {TASK_STATUS_LABELS[status]}
    </strong>
  );
}

export function PartStatusTag({ status, part }: { status: PartStatus; part: "FORCE" | "PCC" }) {
  return (
    <strong className={`inline-block px-2 py-0.5 text-base ${PART_TONE[status]}`} data-part-status={part} data-status={status}>
      {PART_STATUS_LABELS[status]}
    </strong>
  );
}
