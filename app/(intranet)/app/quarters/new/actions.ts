"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/run-action";
import { createQuarter } from "@/server/submissions/create-quarter";
import { createQuarterSchema } from "@/lib/schemas/meeting";

export async function createQuarterAction(input: unknown) {
  return runAction(createQuarterSchema, input, async (actor, data) => {
    const created = await createQuarter({ actor, input: data });
    revalidatePath("/app/quarters");
    return created;
  });
}
