/**
 * Whether an If-None-Match header matches any of the given entity tags, by weak comparison
 * (RFC 9110 §13.1.2): `W/` prefixes are ignored and `*` matches any current representation.
 */
export function ifNoneMatchHits(header: string | undefined, etags: readonly string[]) {
  if (!header) return false;
  if (header.trim() === "*") return true;
  for (const raw of header.split(",")) {
    const tag = raw.trim().replace(/^W\//, "");
    if (etags.includes(tag)) return true;
  }
  return false;
}
