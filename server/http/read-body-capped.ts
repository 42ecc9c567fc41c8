import "server-only";

/**
 * The request body as bytes, or null once it passes `limit` bytes (the rest is not read), so a
 * huge body costs no more memory than the limit.
 */
export async function readBytesCapped(req: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > limit) return null;
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The request body as text, or null once it passes `limit` bytes (the rest is not read), so a
 * huge body costs no more memory than the limit. Invalid UTF-8 becomes U+FFFD, never an error.
 */
export async function readBodyCapped(req: Request, limit: number): Promise<string | null> {
  const bytes = await readBytesCapped(req, limit);
  return bytes && Buffer.from(bytes).toString("utf8");
}
