import "server-only";
import { randomBytes } from "node:crypto";
import { can, ForbiddenError, type Permission } from "@/lib/permissions";
import { MAX_FILE_BYTES, tooLargeMessage } from "@/lib/import/limits";
import type { UploadedFile } from "@/lib/import/read-spreadsheet";
import { DomainError, NotFoundError, StaleError } from "@/server/errors";
import { currentUser, type SessionUser } from "@/server/session";
import { readBytesCapped } from "./read-body-capped";

// File uploads cannot go through server actions (the proxy accepts only JSON text up to 1 MB
// there: lib/http/check-action-body.ts), so they come to a route handler of their own, as
// multipart/form-data with a field "file". This is that route's spine, like runAction for
// actions: session, same origin, permission (before the body is read), a size limit answered
// with a message (never a 500), then the domain call, whose refusals become JSON
// { ok: false, message } with a fitting status.

/** The file plus the multipart framing and the small fields beside it. */
const REQUEST_LIMIT = MAX_FILE_BYTES + 64 * 1024;

type Upload = { file: UploadedFile; fields: FormData };

const reply = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
const refuse = (status: number, message: string, extra: Record<string, unknown> = {}) => reply(status, { ok: false, message, ...extra });

/**
 * A cross-site page cannot post here with the person's cookie (it is SameSite=Lax), and a
 * browser names the page's origin on every POST: it must be this site, as Next.js requires of
 * server actions.
 */
function sameOrigin(req: Request) {
  const origin = req.headers.get("origin");
  if (!origin) return true;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

async function readUpload(req: Request): Promise<Upload | Response> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > REQUEST_LIMIT) return refuse(413, tooLargeMessage(declared));
  if (!req.headers.get("content-type")?.startsWith("multipart/form-data"))
    return refuse(415, "Send the file as a form upload (multipart/form-data) in a field named file.");
  const bytes = await readBytesCapped(req, REQUEST_LIMIT);
  if (!bytes) return refuse(413, tooLargeMessage(null));
  let fields: FormData;
  try {
    fields = await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
      headers: { "content-type": req.headers.get("content-type")! },
    }).formData();
  } catch {
    return refuse(400, "The upload could not be read. Choose the file again and try again.");
  }
  const file = fields.get("file");
  if (!(file instanceof File)) return refuse(400, "Choose a file to import.");
  return { file: { name: file.name.slice(0, 200) || "the file", bytes: new Uint8Array(await file.arrayBuffer()) }, fields };
}

export async function uploadRoute(req: Request, permission: Permission, handle: (actor: SessionUser, upload: Upload) => Promise<object>) {
  const actor = await currentUser();
  if (!actor) return refuse(401, "Your session has ended. Sign in again to continue.");
  if (!sameOrigin(req)) return refuse(403, "The upload did not come from this site.");
  if (!can(actor, permission)) return refuse(403, new ForbiddenError().message);
  const upload = await readUpload(req);
  if (upload instanceof Response) return upload;
  try {
    return reply(200, { ok: true, ...(await handle(actor, upload)) });
  } catch (error) {
    if (error instanceof ForbiddenError) return refuse(403, error.message);
    if (error instanceof NotFoundError) return refuse(404, error.message);
    if (error instanceof StaleError) return refuse(409, error.message, "rows" in error ? { rows: error.rows } : {});
    if (error instanceof DomainError) return refuse(422, error.message);
    const reference = randomBytes(4).toString("hex");
    console.error(`[upload failed ${reference}] user ${actor.id}:`, error);
    return refuse(
      500,
      `Something went wrong on the server, and nothing was changed. Try again; if it keeps happening, tell your administrator (reference ${reference}).`,
    );
  }
}
