import "server-only";
import crypto from "node:crypto";
import { publicDb } from "@/server/db";
import { logoPath, organisationDefaults, type LogoType, type Organisation } from "@/lib/organisation";

/** The one settings row's id. */
export const SETTINGS_ROW = 1;

export type OrganisationWithLogo = {
  org: Organisation;
  /** The logo's bytes, for the public site's artifact and the documents; null for none. */
  logo: { bytes: Buffer; type: LogoType; path: string } | null;
  /** The stored row's version (0 before anything is saved), for the settings form. */
  version: number;
};

/**
 * The organisation as the public site, the documents and the settings page show it: the
 * stored settings, or the environment's while nothing is stored. Public information, so read
 * through the public connection.
 */
export async function getOrganisation(client: Pick<typeof publicDb, "organisationSettings"> = publicDb): Promise<OrganisationWithLogo> {
  const row = await client.organisationSettings.findUnique({ where: { id: SETTINGS_ROW } });
  const defaults = organisationDefaults();
  if (!row) return { org: { ...defaults, logo: null }, logo: null, version: 0 };
  const logo =
    row.logo && row.logoType
      ? (() => {
          const bytes = Buffer.from(row.logo);
          const type = row.logoType as LogoType;
          const hash = crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 16);
          return { bytes, type, path: logoPath(hash, type) };
        })()
      : null;
  return {
    org: {
      force: row.forceName,
      pcc: row.pccName,
      board: row.boardName,
      contactEmail: row.contactEmail,
      privacyUrl: row.privacyUrl,
      accessibilityStatement: row.accessibilityStatement,
      logo: logo && { path: logo.path, type: logo.type },
    },
    logo,
    version: row.version,
  };
}
