"use client";

import { meetingSchema, type MeetingInput } from "@/lib/schemas/meeting";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { MeetingFields } from "@/components/forms/meeting-fields";
import { saveMeetingAction } from "./actions";

export function MeetingForm({ defaults, continueHref }: { defaults: MeetingInput; continueHref: string }) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: meetingSchema,
    defaultValues: defaults,
    action: saveMeetingAction,
    successHref: continueHref,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl" aria-label="Meeting details">
      <ErrorSummary form={form} message={message} />
      <MeetingFields form={form} />
      <SubmitButton pending={pending}>Save and continue</SubmitButton>
    </form>
  );
}
