import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMain } from "@/components/ui/page";
import { EditHeader } from "@/components/submission/edit-header";
import { numberToInput } from "@/lib/schemas/number";
import { requirePermission } from "@/server/session";
import { getKpisForEdit } from "@/server/submissions/get-edit-data";
import { KpiForm } from "./kpi-form";

export const metadata: Metadata = { title: "KPI actuals" };

export default async function KpisPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("force:edit");
  const { id } = await params;
  const s = await getKpisForEdit(actor, id);
  if (!s) notFound();
  return (
    <PageMain>
      <EditHeader submission={s} title="Police and Crime Plan KPI actuals" />
      {s.editable && s.kpiResults.length === 0 && <p>There are no KPIs in this submission.</p>}
      {s.editable && s.kpiResults.length > 0 && (
        <KpiForm
          kpis={s.kpiResults.map((k) => ({ name: k.name, unit: k.unit, target: k.target, betterWhen: k.betterWhen }))}
          defaults={{
            submissionId: s.id,
            rows: s.kpiResults.map((k) => ({
              kpiResultId: k.id,
              version: k.version,
              unit: k.unit,
              actual: numberToInput(k.actual),
              periodLabel: k.periodLabel ?? "",
              note: k.note ?? "",
            })),
          }}
        />
      )}
    </PageMain>
  );
}
