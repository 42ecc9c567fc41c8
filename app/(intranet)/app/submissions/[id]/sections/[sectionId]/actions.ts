"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/run-action";
import { saveSection } from "@/server/statements/save-section";
import { deletePccSection } from "@/server/statements/delete-pcc-section";
import { deleteSectionSchema, sectionSchema } from "@/lib/schemas/section";

export async function saveSectionAction(input: unknown) {
  return runAction(sectionSchema, input, async (actor, data) => {
    await saveSection({ actor, input: data });
    revalidatePath("/app/submissions", "layout");
  });
}

export async function deleteSectionAction(input: unknown) {
  return runAction(deleteSectionSchema, input, async (actor, data) => {
    const result = await deletePccSection({ actor, sectionId: data.sectionId, version: data.version });
    revalidatePath(`/app/submissions/${result.submissionId}`);
    return result;
  });
}
