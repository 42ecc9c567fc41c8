"use client";

import { emailSettingsSchema } from "@/lib/schemas/account";
import { useActionForm } from "@/components/forms/use-action-form";
import { Checkbox, SubmitButton } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { saveEmailSettingsAction } from "./actions";

export function EmailSettingsForm({ emailNotifications }: { emailNotifications: boolean }) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: emailSettingsSchema,
    defaultValues: { emailNotifications },
    action: async (values) => {
      const result = await saveEmailSettingsAction(values);
      if (!result.ok) return result;
      return { ...result, message: values.emailNotifications ? "Emails are on." : "Emails are off: Scorecard will not email you." };
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mb-8 max-w-2xl" aria-labelledby="emails-heading">
      <h2 id="emails-heading" className="mb-3 text-2xl font-bold">
        Emails
      </h2>
      <ErrorSummary form={form} message={message} />
      <Checkbox
        form={form}
        name="emailNotifications"
        label="Email me when something waits for me"
        hint="A new quarter to prepare, a part to approve or that was returned to you, a quarter ready to publish or close to its deadline, and when a quarter you worked on is published, corrected or withdrawn. Your home page lists the same whether or not you get emails."
      />
      <SubmitButton pending={pending}>Save email settings</SubmitButton>
    </form>
  );
}
