"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/run-action";
import { saveOrganisation } from "@/server/settings/save-organisation";
import { saveLogo } from "@/server/settings/save-logo";
import { awaitPublicSite } from "@/server/public-site/await-public-site";
import { logoSchema, organisationSchema } from "@/lib/schemas/settings";

export async function saveOrganisationAction(input: unknown) {
  return runAction(organisationSchema, input, async (actor, data) => {
    await saveOrganisation({ actor, input: data });
    await awaitPublicSite();
    revalidatePath("/app/settings");
    return { version: data.version + 1 };
  });
}

export async function saveLogoAction(input: unknown) {
  return runAction(logoSchema, input, async (actor, data) => {
    await saveLogo({ actor, input: data });
    await awaitPublicSite();
    revalidatePath("/app/settings");
  });
}
