import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { organisationDefaults } from "@/lib/organisation";
import type { organisationSchema } from "@/lib/schemas/settings";
import { writeAudit } from "@/server/audit/write-audit";
import { isUniqueViolation, StaleError } from "@/server/errors";
import { recordPublicChange } from "@/server/public-site/record-public-change";
import { SETTINGS_ROW } from "./get-organisation";

export type SaveOrganisationOptions = { actor: SessionActor; input: z.output<typeof organisationSchema> };

const columns = (input: Omit<SaveOrganisationOptions["input"], "version">) => ({
  forceName: input.force,
  pccName: input.pcc,
  boardName: input.board,
  contactEmail: input.contactEmail,
  privacyUrl: input.privacyUrl,
  accessibilityStatement: input.accessibilityStatement,
});

/**
 * Saves the organisation's settings (administrators only) and, in the same transaction,
 * records a change of the whole public site, so every page, file and document is generated
 * again with them. Refused when someone saved since the form was opened.
 */
export async function saveOrganisation({ actor, input }: SaveOrganisationOptions) {
  assertCan(actor, "settings:edit");
  const { version, ...fields } = input;
  await db
    .$transaction(async (tx) => {
      // Version 0 is the row a logo created (or no row yet); compare-and-set either way.
      const { count } = await tx.organisationSettings.updateMany({
        where: { id: SETTINGS_ROW, version },
        data: { ...columns(fields), version: { increment: 1 }, updatedBy: actor.id },
      });
      if (count !== 1) {
        // The first save: the row does not exist yet, and a concurrent first save loses on the key.
        const existing = version === 0 && (await tx.organisationSettings.findUnique({ where: { id: SETTINGS_ROW }, select: { id: true } }));
        if (version !== 0 || existing) throw new StaleError("The settings");
        await tx.organisationSettings.create({ data: { id: SETTINGS_ROW, ...columns(fields), updatedBy: actor.id } });
      }
      await writeAudit(tx, {
        actor,
        action: "settings.update",
        entityType: "OrganisationSettings",
        entityId: String(SETTINGS_ROW),
        details: fields,
      });
      await recordPublicChange(tx, null);
    })
    .catch((error: unknown) => {
      // Two first saves at once: the loser's insert hits the key (outside the aborted transaction on PostgreSQL).
      throw isUniqueViolation(error) ? new StaleError("The settings") : error;
    });
}

/** The row to create when the logo is saved before any other setting: the environment's values. */
export function defaultColumns() {
  const d = organisationDefaults();
  return columns({ ...d });
}
