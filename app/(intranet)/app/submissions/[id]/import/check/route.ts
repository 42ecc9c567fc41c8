import { uploadRoute } from "@/server/http/upload-route";
import { previewImport } from "@/server/imports/preview-import";

/** Checks an uploaded spreadsheet and answers with what importing it would change: nothing is saved. */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return uploadRoute(req, "force:edit", (actor, { file }) => previewImport({ actor, submissionId: id, file }));
}
