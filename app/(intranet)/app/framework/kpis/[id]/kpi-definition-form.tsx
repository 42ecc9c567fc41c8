"use client";

import { kpiSchema, type KpiInput } from "@/lib/schemas/framework";
import { useActionForm } from "@/components/forms/use-action-form";
import { Checkbox, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { DIRECTION_OPTIONS, UNIT_OPTIONS } from "@/components/forms/framework-options";
import { saveKpiAction } from "../../actions";

export function KpiDefinitionForm({ defaults }: { defaults: KpiInput }) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: kpiSchema,
    defaultValues: defaults,
    action: saveKpiAction,
    successHref: "/app/framework",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl" aria-label="KPI">
      <ErrorSummary form={form} message={message} />
      <TextField form={form} name="name" label="Name" />
      <SelectField form={form} name="unit" label="Unit" options={UNIT_OPTIONS} className="max-w-sm" />
      <SelectField form={form} name="betterWhen" label="Which direction is better" options={DIRECTION_OPTIONS} className="max-w-sm" />
      <TextField form={form} name="target" label="Target" inputMode="decimal" inputClassName="max-w-60" />
      <TextField form={form} name="greenThreshold" label="Green when at least as good as" inputMode="decimal" inputClassName="max-w-60" />
      <TextField
        form={form}
        name="amberThreshold"
        label="Amber when at least as good as"
        hint="Worse than this is red"
        inputMode="decimal"
        inputClassName="max-w-60"
      />
      <Checkbox form={form} name="active" label="In use" hint="Retired KPIs are left out of new quarters" />
      <SubmitButton pending={pending}>Save KPI</SubmitButton>
    </form>
  );
}
