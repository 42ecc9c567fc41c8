"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/run-action";
import { saveCoverage } from "@/server/statements/save-coverage";
import { coverageSchema } from "@/lib/schemas/section";

export async function saveCoverageAction(input: unknown) {
  return runAction(coverageSchema, input, async (actor, data) => {
    await saveCoverage({ actor, input: data });
    revalidatePath(`/app/submissions/${data.submissionId}`, "layout");
  });
}
