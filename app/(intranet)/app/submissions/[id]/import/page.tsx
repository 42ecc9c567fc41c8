import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMain } from "@/components/ui/page";
import { EditHeader } from "@/components/submission/edit-header";
import { TemplateLinks } from "@/components/import/template-links";
import { COLUMNS } from "@/lib/import/columns";
import { requirePermission } from "@/server/session";
import { getEditHeader } from "@/server/submissions/get-edit-data";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import from a spreadsheet" };

const HOW: [string, string][] = [
  [COLUMNS.key, "Which indicator or KPI the row is for. Leave it as it is."],
  [`${COLUMNS.measure}, ${COLUMNS.name}, ${COLUMNS.unit}, ${COLUMNS.baseline}, ${COLUMNS.source}`, "To read. They are not imported."],
  [COLUMNS.latest, "An indicator's latest value: a number like 19,018, or a percentage like 86.5."],
  [COLUMNS.actual, "A KPI's actual."],
  [`${COLUMNS.periodStart}, ${COLUMNS.periodEnd}`, "The first and last month the value covers, like Jan 2021 and Dec 2021."],
  [COLUMNS.note, "For an indicator, a note on the period (like: Latest Home Office statistics); for a KPI, its note."],
  [`${COLUMNS.noLocalData}, ${COLUMNS.reason}`, "Yes, with the reason, when an indicator has no local data; then leave Latest empty."],
];

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("force:edit");
  const { id } = await params;
  const s = await getEditHeader(actor, id);
  if (!s) notFound();
  const base = `/app/submissions/${id}`;
  return (
    <PageMain>
      <EditHeader submission={s} title="Import figures and KPI actuals from a spreadsheet" />
      {s.editable && (
        <div className="max-w-4xl">
          <h2 className="mb-3 text-2xl font-bold">1. Download the template</h2>
          <p className="mb-3">
            It has a row for each of this quarter&rsquo;s indicators and KPIs, filled in with what is entered now. Change the cells you have
            figures for and leave the rest.
          </p>
          <TemplateLinks base={base} />
          <details className="mb-8">
            <summary className="cursor-pointer font-bold text-link">What goes in each column</summary>
            <dl className="mt-3 grid gap-x-6 gap-y-2 md:grid-cols-[max-content_1fr]">
              {HOW.map(([columns, what]) => (
                <div key={columns} className="contents">
                  <dt className="font-bold">{columns}</dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-3">
              Comparisons and proxies are entered on each measure&rsquo;s figures page: the import leaves them as they are.
            </p>
          </details>
          <h2 className="mb-3 text-2xl font-bold">2. Check and import the filled-in template</h2>
          <p className="mb-3">You will see every change and any problem before anything is saved.</p>
          <ImportForm checkUrl={`${base}/import/check`} saveUrl={`${base}/import/save`} doneHref={`${base}?done=imported`} />
        </div>
      )}
    </PageMain>
  );
}
