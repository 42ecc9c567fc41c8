"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/run-action";
import { takeAction } from "@/server/submissions/take-action";
import { startEdition } from "@/server/submissions/start-edition";
import { abandonEdition } from "@/server/submissions/abandon-edition";
import { awaitPublicSite } from "@/server/public-site/await-public-site";
import { abandonEditionSchema, startEditionSchema, transitionSchema } from "@/lib/schemas/transition";
import { addSectionSchema } from "@/lib/schemas/section";
import { addPccSection } from "@/server/statements/add-pcc-section";

export async function takeActionAction(input: unknown) {
  return runAction(transitionSchema, input, async (actor, data) => {
    const result = await takeAction({ actor, input: data });
    revalidatePath(`/app/submissions/${data.submissionId}`, "layout");
    // Publish, correct and withdraw return the quarter's slug: its public pages are
    // regenerated, and live, before the secretariat sees the result.
    if (result.slug) await awaitPublicSite();
  });
}

export async function startEditionAction(input: unknown) {
  return runAction(startEditionSchema, input, async (actor, data) => {
    const created = await startEdition({ actor, quarterId: data.quarterId, returnParts: data.returnParts, comment: data.comment });
    revalidatePath("/app/quarters");
    return created;
  });
}

export async function abandonEditionAction(input: unknown) {
  return runAction(abandonEditionSchema, input, async (actor, data) => {
    const abandoned = await abandonEdition({ actor, submissionId: data.submissionId });
    revalidatePath("/app/quarters");
    return abandoned;
  });
}

export async function addPccSectionAction(input: unknown) {
  return runAction(addSectionSchema, input, async (actor, data) => {
    const section = await addPccSection({ actor, submissionId: data.submissionId });
    revalidatePath(`/app/submissions/${data.submissionId}`);
    return section;
  });
}
