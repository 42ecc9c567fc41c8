"use client";

import { coverageSchema, type CoverageInput } from "@/lib/schemas/section";
import { useActionForm } from "@/components/forms/use-action-form";
import { Checkbox, SubmitButton, TextArea } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { saveCoverageAction } from "./actions";

export function CoverageForm({ defaults, labels, continueHref }: { defaults: CoverageInput; labels: string[]; continueHref: string }) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: coverageSchema,
    defaultValues: defaults,
    action: saveCoverageAction,
    successHref: continueHref,
  });
  const marked = form.watch("items").map((i) => i.notApplicable);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl" aria-label="Priorities not applicable">
      <ErrorSummary form={form} message={message} />
      {labels.map((label, i) => (
        <fieldset key={i} className="mb-4 border-t border-line pt-3">
          <legend className="font-bold">{label}</legend>
          <Checkbox form={form} name={`items.${i}.notApplicable`} label="Not applicable to the PCC statement" />
          {marked[i] && <TextArea form={form} name={`items.${i}.reason`} label="Why it does not apply" rows={2} maxLength={1000} />}
        </fieldset>
      ))}
      <SubmitButton pending={pending}>Save and continue</SubmitButton>
    </form>
  );
}
