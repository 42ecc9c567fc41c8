import "server-only";
import crypto from "node:crypto";
import type { Organisation, LogoType } from "@/lib/organisation";
import { paperOutline, type Outline, type OutlinePaper } from "@/lib/documents/paper-outline";
import type { PreviousKpis } from "@/components/submission/kpi-table";

/** Everything a board-paper document (PDF or Word) is made from. */
export type DocumentInput = {
  outline: Outline;
  /** Only what the documents show, so other settings (the statement, contact) leave them as they are. */
  org: Pick<Organisation, "force" | "pcc">;
  /** "2021/22 Q3 National Policing Priorities statement", in each page's footer. */
  heading: string;
  draft: boolean;
  logo: { bytes: Buffer; type: LogoType } | null;
  /** The document's date (publication, or now for a draft). */
  date: Date;
};

export function documentInput(options: {
  paper: OutlinePaper;
  org: Organisation;
  heading: string;
  draft: boolean;
  logo: DocumentInput["logo"];
  date: Date;
  previousKpis?: PreviousKpis | null;
}): DocumentInput {
  const outline = paperOutline(options.paper, { force: options.org.force, pcc: options.org.pcc, previousKpis: options.previousKpis });
  // Only a PNG logo can be drawn in the documents; an SVG one leaves them (and their hash) as without.
  const logo = options.logo?.type === "image/png" ? { bytes: options.logo.bytes, type: options.logo.type } : null;
  return {
    outline,
    org: { force: options.org.force, pcc: options.org.pcc },
    heading: options.heading,
    draft: options.draft,
    logo,
    date: options.date,
  };
}

/**
 * A hash of everything a document shows and of the code that lays it out (`renderer`, the
 * build's fingerprint): equal hashes make equal documents, so a stored one can be reused.
 */
export function documentSource(input: DocumentInput, format: "pdf" | "docx", renderer: string) {
  const { logo, ...rest } = input;
  return crypto
    .createHash("sha256")
    .update(JSON.stringify([renderer, format, rest, logo?.type ?? null]))
    .update(logo?.bytes ?? Buffer.alloc(0))
    .digest("base64url");
}
