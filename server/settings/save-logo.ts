import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { LOGO_MAX_BYTES, type logoSchema } from "@/lib/schemas/settings";
import { writeAudit } from "@/server/audit/write-audit";
import { DomainError } from "@/server/errors";
import { recordPublicChange } from "@/server/public-site/record-public-change";
import { SETTINGS_ROW } from "./get-organisation";
import { defaultColumns } from "./save-organisation";
import { sanitiseSvg } from "./sanitise-svg";

export type SaveLogoOptions = { actor: SessionActor; input: z.output<typeof logoSchema> };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const refuse = (message: string) => new DomainError(message, { "logo.base64": [message] });

/** The bytes to store: a PNG as uploaded (checked by its signature), an SVG sanitised. */
async function checkedLogo(type: "image/png" | "image/svg+xml", bytes: Buffer) {
  if (bytes.length === 0) throw refuse("The file is empty");
  if (bytes.length > LOGO_MAX_BYTES) throw refuse(`The logo must be ${LOGO_MAX_BYTES / 1024} KB or smaller`);
  if (type === "image/png") {
    if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw refuse("The file is not a PNG image");
    return bytes;
  }
  const clean = await sanitiseSvg(bytes.toString("utf8"));
  if (!clean) throw refuse("The file is not an SVG image");
  return Buffer.from(clean);
}

/** Stores (or removes) the logo, administrators only, and regenerates the whole public site. */
export async function saveLogo({ actor, input }: SaveLogoOptions) {
  assertCan(actor, "settings:edit");
  const logo = input.logo && { type: input.logo.type, bytes: await checkedLogo(input.logo.type, Buffer.from(input.logo.base64, "base64")) };
  const data = { logo: logo ? new Uint8Array(logo.bytes) : null, logoType: logo?.type ?? null, updatedBy: actor.id };
  await db.$transaction(async (tx) => {
    await tx.organisationSettings.upsert({
      where: { id: SETTINGS_ROW },
      // The version guards the names form on the same page, which the logo does not touch: a
      // logo saved first creates the row at version 0, as if nothing had been saved, and a logo
      // saved later leaves it alone, so the names form's next save is not refused as stale.
      create: { id: SETTINGS_ROW, ...defaultColumns(), ...data, version: 0 },
      update: data,
    });
    await writeAudit(tx, {
      actor,
      action: logo ? "settings.logo.update" : "settings.logo.remove",
      entityType: "OrganisationSettings",
      entityId: String(SETTINGS_ROW),
      details: logo ? { type: logo.type, bytes: logo.bytes.length } : {},
    });
    await recordPublicChange(tx, null);
  });
}
