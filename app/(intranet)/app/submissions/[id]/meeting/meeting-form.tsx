"use client";

import { meetingSchema, type MeetingInput } from "@/lib/schemas/meeting";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage, SubmitButton } from "@/components/forms/fields";
import { MeetingFields } from "@/components/forms/meeting-fields";
import { saveMeetingAction } from "./actions";

export function MeetingForm({ defaults }: { defaults: MeetingInput }) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: meetingSchema,
    defaultValues: defaults,
    action: saveMeetingAction,
    successHref: `/app/submissions/${defaults.submissionId}`,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl" aria-label="Meeting details">
      <FormMessage message={message} />
      <MeetingFields form={form} />
      <SubmitButton pending={pending}>Save meeting details</SubmitButton>
    </form>
  );
}
