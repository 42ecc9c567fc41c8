"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/run-action";
import { saveKpiResults } from "@/server/kpis/save-kpi-results";
import { kpiFormSchema } from "@/lib/schemas/kpis";

export async function saveKpisAction(input: unknown) {
  return runAction(kpiFormSchema, input, async (actor, data) => {
    await saveKpiResults({ actor, input: data });
    revalidatePath(`/app/submissions/${data.submissionId}`, "layout");
  });
}
