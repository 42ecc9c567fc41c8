"use client";

import { useRouter } from "next/navigation";
import { transitionSchema, WITHDRAWAL_REASONS, type TransitionFormInput } from "@/lib/schemas/transition";
import { useActionForm } from "@/components/forms/use-action-form";
import { Checkbox, FieldScope, SelectField, SubmitButton, TextArea, TextField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { ActionResult } from "@/lib/action-result";

type Props = {
  submissionId: string;
  action: TransitionFormInput["action"];
  label: string;
  description?: React.ReactNode;
  variant?: "primary" | "secondary" | "warning";
  commentLabel?: string;
  askLateReason?: boolean;
  askChangeNote?: boolean;
  askWithdrawal?: boolean;
  /** The figure check flagged numbers: the author ticks that they checked them. */
  askCheckedFlags?: boolean;
  /** The content this decision is about, as shown on the page; the server refuses if it moved on. */
  contentHash?: string;
  /** Where to go once it is done (with its success banner); without it the page refreshes. */
  successHref?: string;
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
  askCheckedFlags,
  contentHash = "",
  successHref,
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
      checkedFlags: false,
      withdrawalReason: undefined,
      contentHash,
    },
    action: run,
    successHref,
    onSuccess: successHref ? undefined : () => router.refresh(),
  });
  return (
    <FieldScope.Provider value={action}>
      <form onSubmit={onSubmit} noValidate aria-label={label} className="mb-4" data-action={action}>
        <ErrorSummary form={form} message={message} />
        {description && <div className="mb-3">{description}</div>}
        {askWithdrawal && <SelectField form={form} name="withdrawalReason" label="Reason" options={reasons} className="max-w-md" />}
        {commentLabel && <TextArea form={form} name="comment" label={commentLabel} rows={3} maxLength={4000} />}
        {askLateReason && (
          <TextArea
            form={form}
            name="lateReason"
            label="Reason for publishing after the deadline"
            hint="Recorded in the audit trail"
            rows={2}
            maxLength={2000}
          />
        )}
        {askChangeNote && (
          <>
            <TextField form={form} name="changeNote" label="What changed in this edition" hint="Shown to the public under “Last updated”" />
            <Checkbox form={form} name="minorChange" label="This is a minor change (for example a typo), with no change note" />
          </>
        )}
        {askCheckedFlags && <Checkbox form={form} name="checkedFlags" label="I have checked the flagged numbers" />}
        <SubmitButton pending={pending} variant={variant}>
          {label}
        </SubmitButton>
      </form>
    </FieldScope.Provider>
  );
}
