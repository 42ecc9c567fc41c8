import "server-only";
import { renderToStaticMarkup } from "react-dom/server";
import { PublicDocument } from "@/components/public/public-document";
import type { Organisation, LogoType } from "@/lib/organisation";
import { PAGE_CACHE_CONTROL } from "@/lib/public-site/cache-policy";
import type { DocumentFormat } from "@/lib/public-site/paths";
import type { Stylesheet } from "./stylesheet";

/** One public response as final bytes, before compression. */
export type RenderedArtifact = {
  path: string;
  status: number;
  contentType: string;
  /** Cache-Control and any other header the response carries besides the standard ones. */
  headers: Record<string, string>;
  body: Buffer;
  /** For costly artifacts: a hash of what they were made from (see PublicArtifact.source). */
  source?: string;
};

/** A costly artifact whose stored bytes are still current: kept as stored, not rendered again. */
export type KeptArtifact = { path: string; keep: true };

export type RenderOutput = RenderedArtifact | KeptArtifact;

/** What a build regenerates: everything, or the artifacts one or more quarters affect. */
export type RenderScope = { kind: "all" } | { kind: "quarters"; slugs: string[] };

export type RenderSettings = {
  base: string;
  org: Organisation;
  logo: { bytes: Buffer; type: LogoType; path: string } | null;
  stylesheet: Stylesheet;
  /** The build's fingerprint: documents made by other code are made again. */
  renderer: string;
};

/** The stored size of the artifact at `path` when it was made from `source`, else null. */
export type ReuseLookup = (path: string, source: string) => Promise<number | null>;

export const HTML = "text/html; charset=utf-8";
export const TEXT = "text/plain; charset=utf-8";
export const JSON_TYPE = "application/json; charset=utf-8";
export const CSV = "text/csv; charset=utf-8; header=present";
export const MIME: Record<DocumentFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

// Stands in for a page's content in its document shell; no rendered markup can contain it.
const CONTENT = "\u0001content\u0001";

/** A page from its content's markup (rendered once even when two pages share it). */
export function page(path: string, title: string, settings: RenderSettings, content: string, status = 200): RenderedArtifact {
  const shell = renderToStaticMarkup(
    <PublicDocument title={title} stylesheet={settings.stylesheet.path} org={settings.org}>
      {CONTENT}
    </PublicDocument>,
  );
  const html = `<!DOCTYPE html>${shell.replace(CONTENT, () => content)}`;
  return { path, status, contentType: HTML, headers: { "Cache-Control": PAGE_CACHE_CONTROL }, body: Buffer.from(html) };
}

export const file = (
  path: string,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers?: Record<string, string>,
): RenderedArtifact => ({
  path,
  status,
  contentType,
  headers: { "Cache-Control": PAGE_CACHE_CONTROL, ...headers },
  body: Buffer.isBuffer(body) ? body : Buffer.from(body),
});
