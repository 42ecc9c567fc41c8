import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMain, PageTitle } from "@/components/ui/page";
import { numberToInput } from "@/lib/schemas/number";
import { monthToInput } from "@/lib/schemas/period";
import { monthOfOrNull, NATIONAL_BASELINE } from "@/lib/periods/months";
import { requirePermission } from "@/server/session";
import { getFramework } from "@/server/framework/get-framework";
import { IndicatorForm } from "./indicator-form";

export const metadata: Metadata = { title: "Indicator" };

export default async function IndicatorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ measure?: string }>;
}) {
  const actor = await requirePermission("framework:edit");
  const [{ id }, { measure }] = await Promise.all([params, searchParams]);
  const { measures } = await getFramework(actor);
  const indicator = measures.flatMap((m) => m.indicators).find((i) => i.id === id);
  const measureRow = measures.find((m) => m.id === (indicator?.measureId ?? measure));
  if ((id !== "new" && !indicator) || !measureRow) notFound();
  return (
    <PageMain>
      <PageTitle caption={measureRow.name}>{indicator ? `Edit ${indicator.name}` : "Add an indicator"}</PageTitle>
      <IndicatorForm
        defaults={{
          id: indicator?.id ?? "",
          measureId: measureRow.id,
          version: indicator?.version ?? 0,
          name: indicator?.name ?? "",
          unit: indicator?.unit ?? "COUNT",
          betterWhen: indicator?.betterWhen ?? "LOWER_IS_BETTER",
          baselineLabel: indicator?.baselineLabel ?? NATIONAL_BASELINE.label,
          baselineStart: monthToInput(indicator ? monthOfOrNull(indicator.baselineStart) : NATIONAL_BASELINE.start),
          baselineEnd: monthToInput(indicator ? monthOfOrNull(indicator.baselineEnd) : NATIONAL_BASELINE.end),
          baselineValue: numberToInput(indicator?.baselineValue),
          source: indicator?.source ?? "",
          active: indicator?.active ?? true,
        }}
      />
    </PageMain>
  );
}
