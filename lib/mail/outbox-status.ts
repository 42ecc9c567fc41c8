import { OutboxStatus } from "@/generated/prisma/enums";

// Outbox statuses are declared once, in the Prisma schema; this adds their labels.
export { OutboxStatus };
export const OUTBOX_STATUSES = Object.values(OutboxStatus);

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  PENDING: "Waiting to send",
  SENT: "Sent",
  LOGGED: "Written to the log",
  FAILED: "Failed",
  SKIPPED: "Not sent",
};
