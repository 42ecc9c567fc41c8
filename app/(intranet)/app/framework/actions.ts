"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/run-action";
import { saveIndicator } from "@/server/framework/save-indicator";
import { saveKpi } from "@/server/framework/save-kpi";
import { renameMeasure } from "@/server/framework/rename-measure";
import { indicatorSchema, kpiSchema, measureSchema } from "@/lib/schemas/framework";

export async function saveIndicatorAction(input: unknown) {
  return runAction(indicatorSchema, input, async (actor, data) => {
    const saved = await saveIndicator({ actor, input: data });
    revalidatePath("/app/framework", "layout");
    return saved;
  });
}

export async function saveKpiAction(input: unknown) {
  return runAction(kpiSchema, input, async (actor, data) => {
    const saved = await saveKpi({ actor, input: data });
    revalidatePath("/app/framework", "layout");
    return saved;
  });
}

export async function renameMeasureAction(input: unknown) {
  return runAction(measureSchema, input, async (actor, data) => {
    await renameMeasure({ actor, input: data });
    revalidatePath("/app/framework", "layout");
  });
}
