import { templateDownload } from "@/server/http/template-download";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  return templateDownload((await params).id, "csv");
}
