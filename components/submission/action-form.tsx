"use client";

import { useRouter } from "next/navigation";
import { transitionSchema, WITHDRAWAL_REASONS, type TransitionFormInput } from "@/lib/schemas/transition";
import { useActionForm } from "@/components/forms/use-action-form";
import { Checkbox, FormMessage, SelectField, SubmitButton, TextArea, TextField } from "@/components/forms/fields";
import type { ActionResult } from "@/lib/action-result";

type Props = {
  submissionId: string;
  action: TransitionFormInput["action"];
  label: string;
  description?: string;
  variant?: "primary" | "secondary" | "warning";
  commentLabel?: string;
  askLateReason?: boolean;
  askChangeNote?: boolean;
  askWithdrawal?: boolean;
  /** The content this decision is about, as shown on the page; the server refuses if it moved on. */
  contentHash?: string;
  run: (input: TransitionFormInput) => Promise<ActionResult<unknown>>;
};

const reasons = [
  { value: "", label: "Choose a reason" },
  ...Object.entries(WITHDRAWAL_REASONS).map(([value, label]) => ({ value, label })),
];

/** One workflow button, with the fields that step needs (comment, late reason, change note). */
export function ActionForm({
  submissionId,
  action,
  label,
  description,
  variant = "primary",
  commentLabel,
  askLateReason,
  askChangeNote,
  askWithdrawal,
  contentHash = "",
  run,
}: Props) {
  const router = useRouter();
  const { form, onSubmit, message, pending } = useActionForm({
    schema: transitionSchema,
    defaultValues: {
      submissionId,
      action,
      comment: "",
      lateReason: "",
      changeNote: "",
      minorChange: false,
      withdrawalReason: undefined,
      contentHash,
    },
    action: run,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} className="mb-4 border-b border-line pb-4" data-action={action}>
      <FormMessage message={message} />
      {description && <p className="mb-3">{description}</p>}
      {askWithdrawal && <SelectField form={form} name="withdrawalReason" label="Reason" options={reasons} className="max-w-md" />}
      {commentLabel && <TextArea form={form} name="comment" label={commentLabel} rows={3} />}
      {askLateReason && (
        <TextArea
          form={form}
          name="lateReason"
          label="Reason for publishing after the deadline"
          hint="Recorded in the audit trail"
          rows={2}
        />
      )}
      {askChangeNote && (
        <>
          <TextField form={form} name="changeNote" label="What changed in this edition" hint="Shown to the public under “Last updated”" />
          <Checkbox form={form} name="minorChange" label="This is a minor change (for example a typo), with no change note" />
        </>
      )}
      <SubmitButton pending={pending} variant={variant}>
        {label}
      </SubmitButton>
    </form>
  );
}
