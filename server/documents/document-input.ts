import "server-only";
import crypto from "node:crypto";
import type { Organisation, LogoType } from "@/lib/organisation";
import { paperOutline, type Outline, type OutlinePaper } from "@/lib/documents/paper-outline";
import type { PreviousKpis } from "@/components/submission/kpi-table";

/** Everything a board-paper document (PDF or Word) is made from. */
export type DocumentInput = {
  outline: Outline;
  org: Organisation;
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
  return { outline, org: options.org, heading: options.heading, draft: options.draft, logo: options.logo, date: options.date };
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
