import "server-only";
import { currentUser } from "@/server/session";
import { can } from "@/lib/permissions";
import type { DocumentFormat } from "@/lib/public-site/paths";
import { renderDraftDocument } from "./render-draft-document";

const MIME: Record<DocumentFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** The intranet's draft board paper as an HTTP response: 404 to anyone who may not see it. */
export async function draftDocumentResponse(submissionId: string, format: DocumentFormat): Promise<Response> {
  const actor = await currentUser();
  if (!actor || !can(actor, "submission:view")) return new Response("Not found\n", { status: 404 });
  const doc = await renderDraftDocument({ actor, submissionId, format });
  if (!doc) return new Response("Not found\n", { status: 404 });
  if (doc.kind === "public") return new Response(null, { status: 303, headers: { Location: doc.path } });
  return new Response(new Uint8Array(doc.body), {
    headers: {
      "Content-Type": MIME[format],
      "Content-Disposition": `attachment; filename="${doc.filename}"`,
      // A draft changes with every edit, and is nobody's to keep.
      "Cache-Control": "private, no-store",
    },
  });
}
