/**
 * The decoded path of a request target ("/quarters/x?y" → "/quarters/x"), or null when it
 * cannot be a plain path: a malformed percent-encoding, a NUL byte, a "." or ".." segment
 * (raw or encoded), or a target that is not a path at all (an absolute URL). Such requests get
 * a 400 before any handler (or cache) sees them.
 *
 * The public site and the intranet's first gate decide on this path, while Next.js routes on
 * its own parse of the target, which resolves dot segments and absolute URLs: "/x/../app" or
 * "http://h/app" would reach the intranet without passing the gate. Browsers never send such
 * targets (they resolve them first), so refusing them costs nobody anything.
 */
export function requestPath(target: string): string | null {
  if (!target.startsWith("/")) return null;
  const end = target.indexOf("?");
  const raw = end === -1 ? target : target.slice(0, end);
  let decoded = raw;
  if (raw.includes("%")) {
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return null;
    }
  }
  if (decoded.includes("\0")) return null;
  // Backslashes too: URL parsers treat them as slashes in http URLs.
  return decoded.split(/[/\\]/).some((segment) => segment === "." || segment === "..") ? null : decoded;
}
