"use client";

import { measureSchema, type MeasureInput } from "@/lib/schemas/framework";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
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
      <FormMessage message={message} />
      <TextField form={form} name="name" label="Name" />
      <SubmitButton pending={pending}>Save name</SubmitButton>
    </form>
  );
}
