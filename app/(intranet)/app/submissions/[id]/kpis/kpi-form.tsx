"use client";

import { kpiFormSchema, type KpiFormInput } from "@/lib/schemas/kpis";
import { formatValue } from "@/lib/measures/compute-change";
import { UNIT_HINT, UNIT_SUFFIX } from "@/lib/schemas/number";
import type { Unit } from "@/generated/prisma/enums";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { MonthField } from "@/components/forms/date-fields";
import { saveKpisAction } from "./actions";

type Kpi = { name: string; unit: Unit; target: number; betterWhen: string };

export function KpiForm({ defaults, kpis, continueHref }: { defaults: KpiFormInput; kpis: Kpi[]; continueHref: string }) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: kpiFormSchema,
    defaultValues: defaults,
    action: saveKpisAction,
    successHref: continueHref,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl" aria-label="KPI actuals">
      <ErrorSummary form={form} message={message} />
      {kpis.map((kpi, i) => (
        <fieldset key={i} className="mb-6 border-t-4 border-link pt-3">
          <legend className="text-xl font-bold">{kpi.name}</legend>
          <p className="mb-2 text-base text-muted">
            Target: {kpi.betterWhen === "LOWER_IS_BETTER" ? "at most" : "at least"} {formatValue(kpi.target, kpi.unit)}
          </p>
          <TextField
            form={form}
            name={`rows.${i}.actual`}
            label="Actual"
            hint={UNIT_HINT[kpi.unit]}
            inputMode="decimal"
            inputClassName="max-w-48"
            suffix={UNIT_SUFFIX[kpi.unit]}
          />
          <div className="grid gap-x-8 md:grid-cols-2">
            <MonthField form={form} name={`rows.${i}.periodStart`} label="First month the actual covers" />
            <MonthField form={form} name={`rows.${i}.periodEnd`} label="Last month the actual covers" />
          </div>
          <TextField form={form} name={`rows.${i}.note`} label="Note (optional)" />
        </fieldset>
      ))}
      <SubmitButton pending={pending}>Save and continue</SubmitButton>
    </form>
  );
}
