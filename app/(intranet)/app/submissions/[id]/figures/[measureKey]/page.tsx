import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMain } from "@/components/ui/page";
import { EditHeader } from "@/components/submission/edit-header";
import { numberToInput } from "@/lib/schemas/number";
import { requirePermission } from "@/server/session";
import { getFiguresForEdit } from "@/server/submissions/get-edit-data";
import { FiguresForm } from "./figures-form";

export const metadata: Metadata = { title: "Enter figures" };

export default async function FiguresPage({ params }: { params: Promise<{ id: string; measureKey: string }> }) {
  const actor = await requirePermission("force:edit");
  const { id, measureKey } = await params;
  const s = await getFiguresForEdit(actor, id, measureKey);
  if (!s) notFound();
  return (
    <PageMain>
      <EditHeader submission={s} title={`Figures: ${s.figures[0]!.measureName}`} />
      {s.editable && (
        <FiguresForm
          indicators={s.figures.map((f) => ({
            name: f.name,
            unit: f.unit,
            baselineLabel: f.baselineLabel,
            baselineValue: f.baselineValue,
            source: f.source,
            betterWhen: f.betterWhen,
          }))}
          defaults={{
            submissionId: s.id,
            figures: s.figures.map((f) => ({
              figureId: f.id,
              version: f.version,
              unit: f.unit,
              latestValue: numberToInput(f.latestValue),
              latestPeriod: f.latestPeriod ?? "",
              comparisonLabel: f.comparisonLabel ?? "",
              comparisonValue: numberToInput(f.comparisonValue),
              noLocalData: f.noLocalData,
              noDataReason: f.noDataReason ?? "",
              proxyUsed: f.proxyUsed ?? "",
            })),
          }}
        />
      )}
    </PageMain>
  );
}
