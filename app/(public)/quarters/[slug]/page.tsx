import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicQuarterView } from "@/components/paper/public-quarter-view";
import { parseQuarterSlug, quarterLabel } from "@/lib/quarters";
import { getPublicQuarter } from "@/server/public/get-public-quarter";

// Generated on first request after publication and then served from the cache; publishing,
// correcting or withdrawing revalidates it on demand (server/public/revalidate-public.ts).
// Also regenerated at most hourly, a backstop should a render ever race an invalidation.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const parsed = parseQuarterSlug(slug);
  return { title: parsed ? `${quarterLabel(parsed.fyStart, parsed.quarter)} statement` : "Statement" };
}

export default async function QuarterPage({ params }: Props) {
  const { slug } = await params;
  const parsed = parseQuarterSlug(slug);
  if (!parsed) notFound();
  const view = await getPublicQuarter(slug);
  if (!view) notFound();
  return <PublicQuarterView view={view} fyStart={parsed.fyStart} quarter={parsed.quarter} />;
}
