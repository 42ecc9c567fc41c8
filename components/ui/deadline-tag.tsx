import type { DeadlineStatus } from "@/lib/deadline/working-days";
import { formatDate } from "@/lib/format";

const TONE: Record<DeadlineStatus["level"], string> = {
  ok: "bg-panel text-ink",
  amber: "bg-[#ffdd00] text-ink",
  red: "bg-danger text-white",
  overdue: "bg-danger text-white",
};

/** Days left to the publication deadline, in words and colour. */
export function DeadlineTag({ status }: { status: DeadlineStatus }) {
  const date = formatDate(new Date(`${status.deadline}T12:00:00Z`));
  const words =
    status.level === "overdue"
      ? `Deadline passed (${date})`
      : `${status.workingDaysLeft} working day${status.workingDaysLeft === 1 ? "" : "s"} left (publish by ${date})`;
  return (
    <strong className={`inline-block px-2 py-0.5 text-sm ${TONE[status.level]}`} data-level={status.level}>
      {words}
    </strong>
  );
}
