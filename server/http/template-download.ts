import "server-only";
import { ForbiddenError } from "@/lib/permissions";
import { NotFoundError } from "@/server/errors";
import { getImportTemplate, type GetImportTemplateOptions } from "@/server/imports/get-import-template";
import { currentUser } from "@/server/session";

/**
 * The import template as a download. Like a page, a person without the permission, or a
 * submission that does not exist, gets a 404 that tells a probing user nothing.
 */
export async function templateDownload(submissionId: string, format: GetImportTemplateOptions["format"]) {
  const actor = await currentUser();
  if (!actor) return new Response("Your session has ended. Sign in again to continue.", { status: 401 });
  try {
    const template = await getImportTemplate({ actor, submissionId, format });
    return new Response(template.body as Uint8Array<ArrayBuffer>, {
      headers: {
        "Content-Type": template.contentType,
        "Content-Disposition": `attachment; filename="${template.filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
