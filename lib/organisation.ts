// The organisation this installation serves: its names, contact, privacy notice, accessibility
// statement and logo. An administrator sets them on the Settings page (stored in the database);
// until then, and for any field left out, they come from the environment, whose defaults match
// the demo data from the reference paper.
import { ASSETS_PREFIX } from "@/lib/public-site/paths";

export type LogoType = "image/png" | "image/svg+xml";

export type OrganisationFields = {
  force: string;
  pcc: string;
  board: string;
  contactEmail: string;
  privacyUrl: string;
  accessibilityStatement: string;
};

export type Organisation = OrganisationFields & {
  /** The logo as served from the public site, or null for none. */
  logo: { path: string; type: LogoType } | null;
};

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_STATEMENT = (force: string, pcc: string) =>
  [
    `This statement applies to the quarterly statements on the National Policing Priorities published by ${force} and the ${pcc} on this website.`,
    "We want as many people as possible to be able to use it: you should be able to change colours, contrast levels and fonts, zoom in up to 400% without the text spilling off the screen, navigate it using just a keyboard or speech recognition software, and listen to it using a screen reader. The pages work without JavaScript, and every chart has its figures in a table beside it.",
    "This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. The board paper is also published as a PDF and as a Word document; the web page holds the same content and is the accessible version.",
    "If you find a problem, or need the information in a different format, contact us at the address below. We will reply within 10 working days.",
    "If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).",
  ].join("\n\n");

/** The environment's settings: FORCE_NAME, PCC_NAME, BOARD_NAME, CONTACT_EMAIL, PRIVACY_URL, ACCESSIBILITY_STATEMENT. */
export function organisationDefaults(env: Env = process.env): OrganisationFields {
  const force = env.FORCE_NAME?.trim() || "West Midlands Police";
  const pcc = env.PCC_NAME?.trim() || "West Midlands Police and Crime Commissioner";
  return {
    force,
    pcc,
    board: env.BOARD_NAME?.trim() || "Strategic Policing and Crime Board",
    contactEmail: env.CONTACT_EMAIL?.trim() || "enquiries@example.org",
    privacyUrl: env.PRIVACY_URL?.trim() || "https://www.example.org/privacy-notice",
    accessibilityStatement: env.ACCESSIBILITY_STATEMENT?.trim() || DEFAULT_STATEMENT(force, pcc),
  };
}

/** The environment's organisation, with no logo: what applies before anything is saved. */
export function organisation(env: Env = process.env): Organisation {
  return { ...organisationDefaults(env), logo: null };
}

/** The stored logo's public address: named by a hash of its bytes, so it can be cached for good. */
export function logoPath(hash: string, type: LogoType) {
  return `${ASSETS_PREFIX}logo.${hash}.${type === "image/png" ? "png" : "svg"}`;
}

/** "West Midlands Police and West Midlands Police and Crime Commissioner", for "From:" lines and titles. */
export function publisherName(org: Pick<Organisation, "force" | "pcc">) {
  return `${org.force} and ${org.pcc}`;
}
