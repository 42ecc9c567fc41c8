import "server-only";
import type { OutgoingHttpHeaders } from "node:http";
import { publicDb as db } from "@/server/db";
import type { Encoding } from "@/lib/public-site/accept-encoding";
import { SECURITY_HEADERS } from "@/lib/security-headers";
import { PUBLIC_CSP } from "@/lib/http/security-headers";
import { SITE_ROW } from "./site-state";

type Variant = { headers: OutgoingHttpHeaders; notModified: OutgoingHttpHeaders; body: Buffer };

/** A stored artifact ready to send: each encoding's bytes with its headers worked out once. */
export type ServedArtifact = { status: number; etag: string; etags: string[]; variants: Record<Encoding, Variant> };

type Row = {
  status: number;
  contentType: string;
  headers: string | null;
  body: Uint8Array;
  gzip: Uint8Array;
  brotli: Uint8Array;
  etag: string;
};

const bytes = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

// One strong tag per encoding (RFC 9110 §8.8.3: a different content coding is a different
// representation), all derived from the stored tag.
const tagFor = (etag: string, encoding: Encoding) => (encoding === "identity" ? etag : `${etag.slice(0, -1)}-${encoding}"`);

function toServed(row: Row): ServedArtifact {
  const extra = row.headers ? (JSON.parse(row.headers) as Record<string, string>) : {};
  const variant = (encoding: Encoding, body: Buffer): Variant => {
    const etag = tagFor(row.etag, encoding);
    const common = {
      ...SECURITY_HEADERS,
      "Content-Security-Policy": PUBLIC_CSP,
      "Cache-Control": extra["Cache-Control"],
      Vary: "Accept-Encoding",
      ETag: etag,
    };
    return {
      body,
      notModified: common,
      headers: {
        ...SECURITY_HEADERS,
        ...extra,
        ...common,
        "Content-Type": row.contentType,
        "Content-Length": body.length,
        ...(encoding === "identity" ? {} : { "Content-Encoding": encoding }),
      },
    };
  };
  return {
    status: row.status,
    etag: row.etag,
    etags: (["identity", "gzip", "br"] as const).map((e) => tagFor(row.etag, e)),
    variants: {
      identity: variant("identity", bytes(row.body)),
      gzip: variant("gzip", bytes(row.gzip)),
      br: variant("br", bytes(row.brotli)),
    },
  };
}

/**
 * This instance's copy of the stored artifacts, so a public request needs no query at all.
 * `refresh` compares the site's build token with the one loaded and, when it differs (a new
 * build here or on another instance, or a restored database), fetches only the rows whose
 * ETag changed and drops the ones that are gone.
 */
export function createArtifactCache() {
  let token: string | null = null;
  let byPath = new Map<string, ServedArtifact>();

  async function refresh() {
    const site = await db.publicSite.findUnique({ where: { id: SITE_ROW }, select: { token: true } });
    const latest = site?.token ?? "";
    if (latest === token) return false;
    const listed = await db.publicArtifact.findMany({ select: { path: true, etag: true } });
    const wanted = listed.filter((a) => byPath.get(a.path)?.etag !== a.etag).map((a) => a.path);
    const rows = wanted.length ? await db.publicArtifact.findMany({ where: { path: { in: wanted } } }) : [];
    const fetched = new Map(rows.map((r) => [r.path, toServed(r)]));
    const next = new Map<string, ServedArtifact>();
    for (const { path } of listed) {
      const artifact = fetched.get(path) ?? byPath.get(path);
      if (artifact) next.set(path, artifact);
    }
    byPath = next;
    token = latest;
    return true;
  }

  return {
    refresh,
    get: (path: string) => byPath.get(path),
    get size() {
      return byPath.size;
    },
    /** The site token of the artifacts loaded (null before the first refresh). */
    get token() {
      return token;
    },
  };
}

export type ArtifactCache = ReturnType<typeof createArtifactCache>;
