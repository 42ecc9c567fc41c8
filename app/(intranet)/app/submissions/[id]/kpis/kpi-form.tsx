"use client";

import { kpiFormSchema, type KpiFormInput } from "@/lib/schemas/kpis";
import { formatValue } from "@/lib/measures/compute-change";
import type { Unit } from "@/generated/prisma/enums";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { saveKpisAction } from "./actions";

type Kpi = { name: string; unit: Unit; target: number; betterWhen: string };

export function KpiForm({ defaults, kpis }: { defaults: KpiFormInput; kpis: Kpi[] }) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: kpiFormSchema,
    defaultValues: defaults,
    action: saveKpisAction,
    successHref: `/app/submissions/${defaults.submissionId}#figures-heading`,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl" aria-label="KPI actuals">
      <FormMessage message={message} />
      {kpis.map((kpi, i) => (
        <fieldset key={i} className="mb-6 border-t-4 border-link pt-3">
          <legend className="text-xl font-bold">{kpi.name}</legend>
          <p className="mb-2 text-base text-muted">
            Target: {kpi.betterWhen === "LOWER_IS_BETTER" ? "at most" : "at least"} {formatValue(kpi.target, kpi.unit)}
          </p>
          <div className="grid gap-x-4 md:grid-cols-2">
            <TextField form={form} name={`rows.${i}.actual`} label="Actual" inputMode="decimal" />
            <TextField form={form} name={`rows.${i}.periodLabel`} label="Period" hint="For example Apr–Dec 2021" />
          </div>
          <TextField form={form} name={`rows.${i}.note`} label="Note (optional)" />
        </fieldset>
      ))}
      <SubmitButton pending={pending}>Save KPI actuals</SubmitButton>
    </form>
  );
}
