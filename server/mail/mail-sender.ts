import "server-only";
import crypto from "node:crypto";
import { deliverOutbox, type DeliverOutboxOptions } from "./deliver-outbox";
import type { MailTransport } from "./mail-transport";
import { queueDeadlineReminders } from "./queue-deadline-reminders";

export type MailSenderOptions = {
  transport: MailTransport;
  /** How often to look for messages that are due. */
  pollMs?: number;
  /** How often to look for deadlines coming close. */
  deadlineCheckMs?: number;
  retryDelaysMs?: DeliverOutboxOptions["retryDelaysMs"];
  log?: Pick<Console, "error" | "warn">;
};

/**
 * One instance's mail sender (scripts/serve.ts starts it): every few seconds it sends what is
 * due in the outbox, and now and then queues deadline reminders. Every instance runs one; the
 * claims in deliverOutbox and the reminder rows make each message go once and each reminder
 * be queued once, whichever instance gets there first. Passes never overlap within a sender.
 */
export function createMailSender({
  transport,
  pollMs = 2_000,
  deadlineCheckMs = 15 * 60_000,
  retryDelaysMs,
  log = console,
}: MailSenderOptions) {
  const instanceId = crypto.randomUUID();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let deadlinesCheckedAt = 0;

  async function pass() {
    if (Date.now() - deadlinesCheckedAt >= deadlineCheckMs) {
      deadlinesCheckedAt = Date.now();
      await queueDeadlineReminders();
    }
    const limit = 20;
    while ((await deliverOutbox({ transport, instanceId, limit, retryDelaysMs, log })).claimed === limit);
  }

  /** Runs a pass now, or right after the one in progress. */
  function wake(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = pass()
      .catch((error: unknown) => log.error("The mail sender could not finish a pass:", error))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void wake();
        }
      });
    return running;
  }

  return {
    instanceId,
    start() {
      void wake();
      timer = setInterval(() => void wake(), pollMs);
      timer.unref();
    },
    wake,
    /** Stops polling, lets the pass in progress finish, and closes the transport. */
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}

export type MailSender = ReturnType<typeof createMailSender>;
