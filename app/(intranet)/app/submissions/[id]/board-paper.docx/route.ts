import { draftDocumentResponse } from "@/server/documents/draft-document-response";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return draftDocumentResponse((await params).id, "docx");
}
