import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicQuarterView } from "@/components/paper/public-quarter-view";
import { parseQuarterSlug, quarterLabel } from "@/lib/quarters";
import { getPublicQuarter } from "@/server/public/get-public-quarter";

// Permanent URLs for each published edition, cached like the quarter page.
// Also regenerated at most hourly, a backstop should a render ever race an invalidation.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; edition: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, edition } = await params;
  const parsed = parseQuarterSlug(slug);
  return { title: parsed ? `${quarterLabel(parsed.fyStart, parsed.quarter)} statement, edition ${edition}` : "Statement" };
}

export default async function EditionPage({ params }: Props) {
  const { slug, edition } = await params;
  const parsed = parseQuarterSlug(slug);
  if (!parsed || !/^\d+$/.test(edition)) notFound();
  const view = await getPublicQuarter(slug, Number(edition));
  if (!view) notFound();
  return <PublicQuarterView view={view} fyStart={parsed.fyStart} quarter={parsed.quarter} />;
}
