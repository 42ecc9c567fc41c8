import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMain } from "@/components/ui/page";
import { EditHeader } from "@/components/submission/edit-header";
import { SpreadsheetOption } from "@/components/import/template-links";
import { numberToInput } from "@/lib/schemas/number";
import { monthToInput } from "@/lib/schemas/period";
import { monthOfOrNull } from "@/lib/periods/months";
import { requirePermission } from "@/server/session";
import { getFiguresForEdit } from "@/server/submissions/get-edit-data";
import { getTaskContext } from "@/server/submissions/get-task-context";
import { loadPublishedHistory } from "@/server/public/load-published-history";
import { MeasureTrendView } from "@/components/trends/measure-trend-view";
import { measureTrend } from "@/lib/trends/history";
import { measurePath } from "@/lib/public-site/paths";
import { FiguresForm } from "./figures-form";

export const metadata: Metadata = { title: "Enter figures" };

export default async function FiguresPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; measureKey: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const actor = await requirePermission("force:edit");
  const [{ id, measureKey }, { saved }] = await Promise.all([params, searchParams]);
  const [s, history] = await Promise.all([getFiguresForEdit(actor, id, measureKey), loadPublishedHistory()]);
  if (!s) notFound();
  const task = await getTaskContext(actor, id, `figures:${measureKey}`, saved);
  // Published quarters only: what this measure showed before, to check the new figures against.
  const trend = measureTrend(history, measureKey, s.figures[0]!.measureName);
  return (
    <PageMain>
      <EditHeader submission={s} title={`Figures: ${s.figures[0]!.measureName}`} saved={task.savedLabel} />
      {s.editable && <SpreadsheetOption base={`/app/submissions/${s.id}`} />}
      {s.editable && (
        <FiguresForm
          continueHref={task.continueHref}
          indicators={s.figures.map((f) => ({
            name: f.name,
            unit: f.unit,
            baselineLabel: f.baselineLabel,
            baselineValue: f.baselineValue,
            source: f.source,
            betterWhen: f.betterWhen,
            previousValue: f.previousValue,
          }))}
          defaults={{
            submissionId: s.id,
            figures: s.figures.map((f) => ({
              figureId: f.id,
              version: f.version,
              unit: f.unit,
              latestValue: numberToInput(f.latestValue),
              periodStart: monthToInput(monthOfOrNull(f.periodStart)),
              periodEnd: monthToInput(monthOfOrNull(f.periodEnd)),
              periodNote: f.periodNote ?? "",
              comparisonLabel: f.comparisonLabel ?? "",
              comparisonValue: numberToInput(f.comparisonValue),
              noLocalData: f.noLocalData,
              noDataReason: f.noDataReason ?? "",
              proxyUsed: f.proxyUsed ?? "",
            })),
          }}
        />
      )}
      <aside aria-labelledby="trend-heading" className="mt-12 border-t-2 border-ink pt-4" data-trend>
        <h2 id="trend-heading" className="mb-2 text-2xl font-bold">
          Published quarters
        </h2>
        <p className="mb-4 max-w-3xl">
          This measure as published in earlier quarters, to check the new figures against. Also on the public site:{" "}
          <a href={measurePath(measureKey)}>{s.figures[0]!.measureName}, every published quarter</a>.
        </p>
        <MeasureTrendView trend={trend} headingLevel={3} />
      </aside>
    </PageMain>
  );
}
