import { toJson } from "@/lib/open-data/serialise";
import { siteUrl } from "@/lib/site-url";
import { getOpenData } from "@/server/public/open-data";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const data = await getOpenData(slug, siteUrl(request));
  if (data.status === "missing") return Response.json({ error: "Not found" }, { status: 404 });
  if (data.status === "withdrawn") return Response.json({ withdrawn: { ...data.meta, notice: data.notice } }, { status: 410 });
  return new Response(toJson(data.meta, data.rows), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
