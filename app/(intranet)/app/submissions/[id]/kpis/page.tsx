import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMain } from "@/components/ui/page";
import { EditHeader } from "@/components/submission/edit-header";
import { SpreadsheetOption } from "@/components/import/template-links";
import { numberToInput } from "@/lib/schemas/number";
import { monthToInput } from "@/lib/schemas/period";
import { monthOfOrNull } from "@/lib/periods/months";
import { requirePermission } from "@/server/session";
import { getKpisForEdit } from "@/server/submissions/get-edit-data";
import { getTaskContext } from "@/server/submissions/get-task-context";
import { KpiForm } from "./kpi-form";

export const metadata: Metadata = { title: "KPI actuals" };

export default async function KpisPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const actor = await requirePermission("force:edit");
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const s = await getKpisForEdit(actor, id);
  if (!s) notFound();
  const task = await getTaskContext(actor, id, "kpis", saved);
  return (
    <PageMain>
      <EditHeader submission={s} title="Police and Crime Plan KPI actuals" saved={task.savedLabel} />
      {s.editable && s.kpiResults.length > 0 && <SpreadsheetOption base={`/app/submissions/${s.id}`} />}
      {s.editable && s.kpiResults.length === 0 && <p>There are no KPIs in this submission.</p>}
      {s.editable && s.kpiResults.length > 0 && (
        <KpiForm
          continueHref={task.continueHref}
          kpis={s.kpiResults.map((k) => ({ name: k.name, unit: k.unit, target: k.target, betterWhen: k.betterWhen }))}
          defaults={{
            submissionId: s.id,
            rows: s.kpiResults.map((k) => ({
              kpiResultId: k.id,
              version: k.version,
              unit: k.unit,
              actual: numberToInput(k.actual),
              periodStart: monthToInput(monthOfOrNull(k.periodStart)),
              periodEnd: monthToInput(monthOfOrNull(k.periodEnd)),
              note: k.note ?? "",
            })),
          }}
        />
      )}
    </PageMain>
  );
}
