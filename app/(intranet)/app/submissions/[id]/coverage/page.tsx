import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMain } from "@/components/ui/page";
import { EditHeader } from "@/components/submission/edit-header";
import { requirePermission } from "@/server/session";
import { getCoverageForEdit } from "@/server/submissions/get-edit-data";
import { getTaskContext } from "@/server/submissions/get-task-context";
import { CoverageForm } from "./coverage-form";

export const metadata: Metadata = { title: "Priorities not applicable" };

export default async function CoveragePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const actor = await requirePermission("pcc:edit");
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const s = await getCoverageForEdit(actor, id);
  if (!s) notFound();
  const task = await getTaskContext(actor, id, "coverage", saved);
  return (
    <PageMain>
      <EditHeader submission={s} title="National priorities not applicable to the PCC statement" saved={task.savedLabel} />
      <p className="mb-6 max-w-2xl">
        The PCC statement must address every national priority, or say why one does not apply. Mark a priority only when no themed section
        addresses it.
      </p>
      {s.editable && (
        <CoverageForm
          continueHref={task.continueHref}
          labels={s.sections.map((m) => m.heading.replace(/^Measure:\s*/, ""))}
          defaults={{
            submissionId: s.id,
            version: s.coverageVersion,
            items: s.sections.map((m) => {
              const na = s.notApplicable.find((n) => n.measureKey === m.measureKey);
              return { measureKey: m.measureKey!, notApplicable: !!na, reason: na?.reason ?? "" };
            }),
          }}
        />
      )}
    </PageMain>
  );
}
