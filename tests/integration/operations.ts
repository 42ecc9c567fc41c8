// The domain operations a concurrency test may run in other threads, by name (functions
// cannot cross a thread boundary; their names and plain-data options can).
import { approvePart } from "@/server/submissions/approve-part";
import { publishSubmission } from "@/server/submissions/publish-submission";
import { saveSection } from "@/server/statements/save-section";
import { saveFigures } from "@/server/figures/save-figures";
import { importSpreadsheet } from "@/server/imports/import-spreadsheet";
import { deletePccSection } from "@/server/statements/delete-pcc-section";
import { startEdition } from "@/server/submissions/start-edition";
import { withdrawSubmission } from "@/server/submissions/withdraw-submission";
import { createQuarter } from "@/server/submissions/create-quarter";
import { createUser } from "@/server/users/create-user";
import { updateUserRoles } from "@/server/users/update-user-roles";
import { setUserActive } from "@/server/users/set-user-active";
import { authenticate } from "@/server/auth/authenticate";
import { deliverOutbox } from "@/server/mail/deliver-outbox";
import { smtpTransport } from "@/server/mail/mail-transport";
import { queueDeadlineReminders } from "@/server/mail/queue-deadline-reminders";
import { readMailConfig } from "@/lib/mail/mail-config";

export const OPERATIONS = {
  approvePart,
  publishSubmission,
  saveSection,
  saveFigures,
  importSpreadsheet,
  deletePccSection,
  startEdition,
  withdrawSubmission,
  createQuarter,
  createUser,
  updateUserRoles,
  setUserActive,
  // A sign-in's answer stays in the thread; the test reads the attempts it recorded.
  signIn: async ({ email, password }: { email: string; password: string }) => void (await authenticate(email, password)),
  // An app instance's mail sender: sends everything due through the SMTP server at smtpUrl.
  deliverOutbox: async ({ smtpUrl, instanceId }: { smtpUrl: string; instanceId: string }) => {
    const transport = smtpTransport({ ...readMailConfig({}), smtpUrl });
    while ((await deliverOutbox({ transport, instanceId, limit: 5 })).claimed > 0);
  },
  queueDeadlineReminders: async (options: { now: Date }) => void (await queueDeadlineReminders(options)),
};

type Operations = typeof OPERATIONS;
export type Job = { [K in keyof Operations]: { operation: K; options: Parameters<Operations[K]>[0] } }[keyof Operations];

/** What a call ended in: success, or the refusal's class name and message. */
export type Outcome = { ok: true } | { ok: false; name: string; message: string };
