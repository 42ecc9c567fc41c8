import { z } from "zod";

/** The "Your account" page's email setting. */
export const emailSettingsSchema = z.object({ emailNotifications: z.boolean() });
export type EmailSettingsInput = z.input<typeof emailSettingsSchema>;
