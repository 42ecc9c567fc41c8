import { z } from "zod";
import { MANUAL_ACTIONS } from "@/lib/workflow/transitions";

export const WITHDRAWAL_REASONS = {
  PUBLISHED_IN_ERROR: "Published in error",
  SUPERSEDED: "Superseded by another publication",
  OTHER: "Other",
} as const;
export type WithdrawalReason = keyof typeof WITHDRAWAL_REASONS;
const WITHDRAWAL_REASON_KEYS = Object.keys(WITHDRAWAL_REASONS) as [WithdrawalReason, ...WithdrawalReason[]];

export const transitionSchema = z.object({
  submissionId: z.string().min(1),
  action: z.enum(MANUAL_ACTIONS),
  comment: z.string().trim().max(4000, "Comment must be 4000 characters or fewer").default(""),
  lateReason: z.string().trim().max(2000, "Reason must be 2000 characters or fewer").default(""),
  changeNote: z.string().trim().max(2000, "Change note must be 2000 characters or fewer").default(""),
  minorChange: z.boolean().default(false),
  checkedFlags: z.boolean().default(false),
  /** What the user was shown when they approved or published (see paperHash, currentHashes). */
  contentHash: z.string().max(128).default(""),
  // A select's empty choice arrives as "", meaning "not chosen".
  withdrawalReason: z
    .union([z.enum(WITHDRAWAL_REASON_KEYS), z.literal("")])
    .optional()
    .transform((v) => v || undefined),
});
export type TransitionFormInput = z.input<typeof transitionSchema>;

export const startEditionSchema = z.object({
  quarterId: z.string().min(1),
  returnParts: z.array(z.enum(["FORCE", "PCC"])).default([]),
  comment: z.string().trim().max(4000, "Comment must be 4000 characters or fewer").default(""),
});
export type StartEditionInput = z.input<typeof startEditionSchema>;
export const abandonEditionSchema = z.object({ submissionId: z.string().min(1) });
