"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/run-action";
import { setEmailNotifications } from "@/server/users/set-email-notifications";
import { emailSettingsSchema } from "@/lib/schemas/account";

export async function saveEmailSettingsAction(input: unknown) {
  return runAction(emailSettingsSchema, input, async (actor, data) => {
    await setEmailNotifications({ actor, on: data.emailNotifications });
    revalidatePath("/app/account");
  });
}
