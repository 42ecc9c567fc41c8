import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMain, PageTitle } from "@/components/ui/page";
import { requirePermission } from "@/server/session";
import { getFramework } from "@/server/framework/get-framework";
import { MeasureForm } from "./measure-form";

export const metadata: Metadata = { title: "Rename measure" };

export default async function MeasurePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("framework:edit");
  const { id } = await params;
  const measure = (await getFramework(actor)).measures.find((m) => m.id === id);
  if (!measure) notFound();
  return (
    <PageMain>
      <PageTitle caption="National measures">Rename {measure.name}</PageTitle>
      <MeasureForm defaults={{ id: measure.id, version: measure.version, name: measure.name }} />
    </PageMain>
  );
}
