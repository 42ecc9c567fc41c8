"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/run-action";
import { resendMail } from "@/server/mail/resend-mail";
import { wakeMailSender } from "@/server/mail/wake-mail-sender";
import { resendMailSchema } from "@/lib/schemas/outbox";

export async function resendMailAction(input: unknown) {
  return runAction(resendMailSchema, input, async (actor, data) => {
    const result = await resendMail({ actor, messageId: data.messageId });
    wakeMailSender();
    revalidatePath("/app/outbox");
    return result;
  });
}
