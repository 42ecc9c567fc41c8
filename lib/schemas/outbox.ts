import { z } from "zod";

/** Send one failed email again, or (without an id) every failed email. */
export const resendMailSchema = z.object({ messageId: z.string().min(1).max(64).optional() });
