"use client";

import { indicatorSchema, type IndicatorInput } from "@/lib/schemas/framework";
import { useActionForm } from "@/components/forms/use-action-form";
import { Checkbox, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { DIRECTION_OPTIONS, UNIT_OPTIONS } from "@/components/forms/framework-options";
import { MonthField } from "@/components/forms/date-fields";
import { saveIndicatorAction } from "../../actions";

export function IndicatorForm({ defaults }: { defaults: IndicatorInput }) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: indicatorSchema,
    defaultValues: defaults,
    action: saveIndicatorAction,
    successHref: "/app/framework",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl" aria-label="Indicator">
      <ErrorSummary form={form} message={message} />
      <TextField form={form} name="name" label="Name" />
      <SelectField form={form} name="unit" label="Unit" options={UNIT_OPTIONS} className="max-w-sm" />
      <SelectField form={form} name="betterWhen" label="Which direction is better" options={DIRECTION_OPTIONS} className="max-w-sm" />
      <TextField form={form} name="baselineLabel" label="Baseline label" hint="How the paper names the baseline period" />
      <div className="grid gap-x-8 md:grid-cols-2">
        <MonthField form={form} name="baselineStart" label="First month of the baseline" />
        <MonthField form={form} name="baselineEnd" label="Last month of the baseline" />
      </div>
      <TextField
        form={form}
        name="baselineValue"
        label="Baseline value"
        hint="Leave blank if the baseline is not held"
        inputMode="decimal"
        inputClassName="max-w-60"
      />
      <TextField form={form} name="source" label="Source" />
      <Checkbox form={form} name="active" label="In use" hint="Retired indicators are left out of new quarters" />
      <SubmitButton pending={pending}>Save indicator</SubmitButton>
    </form>
  );
}
