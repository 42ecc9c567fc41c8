/**
 * The decoded path of a request target ("/quarters/x?y" → "/quarters/x"), or null when it
 * cannot be a path at all: a malformed percent-encoding or a NUL byte. Such requests get a 400
 * before any handler (or cache) sees them.
 */
export function requestPath(target: string): string | null {
  const end = target.indexOf("?");
  const raw = end === -1 ? target : target.slice(0, end);
  if (!raw.includes("%")) return raw.includes("\0") ? null : raw;
  try {
    const decoded = decodeURIComponent(raw);
    return decoded.includes("\0") ? null : decoded;
  } catch {
    return null;
  }
}
