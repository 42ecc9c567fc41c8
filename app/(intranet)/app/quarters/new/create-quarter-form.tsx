"use client";

import { createQuarterSchema } from "@/lib/schemas/meeting";
import { useActionForm } from "@/components/forms/use-action-form";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { MeetingFields } from "@/components/forms/meeting-fields";
import { createQuarterAction } from "./actions";

const QUARTERS = [
  { value: "", label: "Choose a quarter" },
  { value: "1", label: "Q1 (April to June)" },
  { value: "2", label: "Q2 (July to September)" },
  { value: "3", label: "Q3 (October to December)" },
  { value: "4", label: "Q4 (January to March)" },
];

export function CreateQuarterForm({ boardName }: { boardName: string }) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: createQuarterSchema,
    defaultValues: {
      fyStart: "" as unknown as number,
      quarter: "" as "1",
      boardName,
      meetingDate: { day: "", month: "", year: "" },
      agendaItem: "",
      planPriority: "Regular Item",
      title: "National Policing Priorities and Police and Crime Plan Scorecard",
      presenters: "",
    },
    action: createQuarterAction,
    successHref: "/app/submissions/{submissionId}",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl" aria-label="Create a quarter">
      <ErrorSummary form={form} message={message} />
      <TextField
        form={form}
        name="fyStart"
        label="Financial year starting"
        hint="For 2021/22, enter 2021"
        inputMode="numeric"
        inputClassName="max-w-40"
      />
      <SelectField form={form} name="quarter" label="Quarter" options={QUARTERS} className="max-w-sm" />
      <MeetingFields form={form} />
      <SubmitButton pending={pending}>Create quarter</SubmitButton>
    </form>
  );
}
