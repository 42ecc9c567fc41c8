"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/run-action";
import { saveFigures } from "@/server/figures/save-figures";
import { figuresFormSchema } from "@/lib/schemas/figures";

export async function saveFiguresAction(input: unknown) {
  return runAction(figuresFormSchema, input, async (actor, data) => {
    await saveFigures({ actor, input: data });
    revalidatePath(`/app/submissions/${data.submissionId}`, "layout");
  });
}
