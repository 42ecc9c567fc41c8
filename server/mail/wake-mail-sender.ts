import "server-only";

type InProcessSender = { wake(): Promise<void> };

/**
 * Asks this process's mail sender (scripts/serve.ts puts it on globalThis) to look at the
 * outbox now rather than at its next poll. Does nothing elsewhere (scripts, tests).
 */
export function wakeMailSender() {
  void (globalThis as { scorecardMailSender?: InProcessSender }).scorecardMailSender?.wake();
}
