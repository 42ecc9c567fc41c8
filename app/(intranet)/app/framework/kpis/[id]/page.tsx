import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMain, PageTitle } from "@/components/ui/page";
import { numberToInput } from "@/lib/schemas/number";
import { requirePermission } from "@/server/session";
import { getFramework } from "@/server/framework/get-framework";
import { KpiDefinitionForm } from "./kpi-definition-form";

export const metadata: Metadata = { title: "KPI" };

export default async function KpiPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("framework:edit");
  const { id } = await params;
  const { kpis } = await getFramework(actor);
  const kpi = kpis.find((k) => k.id === id);
  if (id !== "new" && !kpi) notFound();
  return (
    <PageMain>
      <PageTitle caption="Police and Crime Plan KPIs">{kpi ? `Edit ${kpi.name}` : "Add a KPI"}</PageTitle>
      <KpiDefinitionForm
        defaults={{
          id: kpi?.id ?? "",
          version: kpi?.version ?? 0,
          name: kpi?.name ?? "",
          unit: kpi?.unit ?? "PERCENTAGE",
          betterWhen: kpi?.betterWhen ?? "HIGHER_IS_BETTER",
          target: numberToInput(kpi?.target),
          greenThreshold: numberToInput(kpi?.greenThreshold),
          amberThreshold: numberToInput(kpi?.amberThreshold),
          active: kpi?.active ?? true,
        }}
      />
    </PageMain>
  );
}
