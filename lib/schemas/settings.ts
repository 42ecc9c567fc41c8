import { z } from "zod";

const text = (label: string, max: number) =>
  z.string().trim().min(1, `Enter the ${label}`).max(max, `The ${label} must be ${max} characters or fewer`);

/** The organisation's settings form (Settings page); the logo has its own form. */
export const organisationSchema = z.object({
  version: z.number().int(),
  force: text("force's name", 120),
  pcc: text("PCC's or mayor's name", 120),
  board: text("board's name", 120),
  contactEmail: z.string().trim().pipe(z.email("Enter an email address, like enquiries@example.org")),
  privacyUrl: z
    .string()
    .trim()
    .pipe(z.url({ protocol: /^https?$/, message: "Enter the privacy notice's web address, starting https://" })),
  accessibilityStatement: text("accessibility statement", 20_000),
});

export const LOGO_MAX_BYTES = 200 * 1024;
export const LOGO_TYPES = ["image/png", "image/svg+xml"] as const;

// Base64 of at most LOGO_MAX_BYTES (4 characters per 3 bytes), checked before decoding.
const BASE64_MAX = Math.ceil(LOGO_MAX_BYTES / 3) * 4;

/** A logo upload: the file's bytes as base64 (server actions carry JSON), or null to remove it. */
export const logoSchema = z.object({
  logo: z
    .object({
      type: z.enum(LOGO_TYPES, { message: "Choose a PNG or SVG file" }),
      base64: z
        .string()
        .min(1, "Choose a file")
        .max(BASE64_MAX, `The logo must be ${LOGO_MAX_BYTES / 1024} KB or smaller`)
        .regex(/^[A-Za-z0-9+/]+={0,2}$/, "The file could not be read"),
    })
    .nullable(),
});
