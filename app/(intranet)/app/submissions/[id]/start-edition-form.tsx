"use client";

import { startEditionSchema } from "@/lib/schemas/transition";
import { useActionForm } from "@/components/forms/use-action-form";
import { CheckboxGroup, FieldScope, SubmitButton, TextArea } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { startEditionAction } from "./actions";

const PARTS = [
  { value: "FORCE", label: "The force part (figures, KPI actuals, force statement): back to the force analysts" },
  { value: "PCC", label: "The PCC statement: back to the PCC's office" },
];

/** Starts a correction: only the parts named go back to their authors; the rest keep their approval. */
export function StartEditionForm({ quarterId }: { quarterId: string }) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: startEditionSchema,
    defaultValues: { quarterId, returnParts: [], comment: "" },
    action: startEditionAction,
    successHref: "/app/submissions/{submissionId}?done=edition",
  });
  return (
    <FieldScope.Provider value="edition">
      <form onSubmit={onSubmit} noValidate aria-label="Start a new edition" className="mb-8 border-l-8 border-link bg-panel p-4">
        <h2 className="mb-2 text-xl font-bold">Correct this statement</h2>
        <ErrorSummary form={form} message={message} />
        <p className="mb-3">
          A new edition copies this one. Parts you do not send back keep their approval and are not resubmitted. The meeting details,
          reporting frequency and recommendations can be changed by the secretariat in the new edition.
        </p>
        <CheckboxGroup
          form={form}
          name="returnParts"
          label="What needs correcting"
          hint="Leave both unticked if only the secretariat's details change"
          options={PARTS}
        />
        <TextArea form={form} name="comment" label="What needs correcting, for the people who will correct it" rows={3} maxLength={4000} />
        <SubmitButton pending={pending}>Start a new edition</SubmitButton>
      </form>
    </FieldScope.Provider>
  );
}
