import { toCsv } from "@/lib/open-data/serialise";
import { siteUrl } from "@/lib/site-url";
import { getOpenData } from "@/server/public/open-data";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const data = await getOpenData(slug, siteUrl(request));
  if (data.status === "missing")
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (data.status === "withdrawn")
    return new Response(`${data.notice}\n`, { status: 410, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(toCsv(data.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `inline; filename="scorecard-${slug}.csv"`,
    },
  });
}
