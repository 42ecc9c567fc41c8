"use client";

import { measureSchema, type MeasureInput } from "@/lib/schemas/framework";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { renameMeasureAction } from "../../actions";

export function MeasureForm({ defaults }: { defaults: MeasureInput }) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: measureSchema,
    defaultValues: defaults,
    action: renameMeasureAction,
    successHref: "/app/framework",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl" aria-label="Measure">
      <ErrorSummary form={form} message={message} />
      <TextField form={form} name="name" label="Name" />
      <SubmitButton pending={pending}>Save name</SubmitButton>
    </form>
  );
}
