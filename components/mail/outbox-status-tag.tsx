import { OUTBOX_STATUS_LABELS, type OutboxStatus } from "@/lib/mail/outbox-status";

const TONE: Record<OutboxStatus, string> = {
  PENDING: "bg-[#fff7bf] text-[#594d00]",
  SENT: "bg-[#cce2d8] text-[#005a30]",
  LOGGED: "bg-[#d2e2f1] text-[#0c2d4a]",
  FAILED: "bg-[#f6d7d2] text-[#2a0b06]",
  SKIPPED: "bg-panel text-ink",
};

/** An email's status in words; colour only repeats what the words say. */
export function OutboxStatusTag({ status }: { status: OutboxStatus }) {
  return (
    <strong className={`inline-block px-2 py-0.5 text-base ${TONE[status]}`} data-outbox-status={status}>
      {OUTBOX_STATUS_LABELS[status]}
    </strong>
  );
}
