"use client";

import { useFieldArray } from "react-hook-form";
import { sectionSchema, type SectionInput } from "@/lib/schemas/section";
import { useActionForm } from "@/components/forms/use-action-form";
import { CheckboxGroup, FormMessage, SubmitButton, TextArea, TextField } from "@/components/forms/fields";
import { saveSectionAction } from "./actions";

type Props = {
  defaults: SectionInput;
  headingEditable: boolean;
  measures: { value: string; label: string }[] | null;
  submissionId: string;
};

export function SectionForm({ defaults, headingEditable, measures, submissionId }: Props) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: sectionSchema,
    defaultValues: defaults,
    action: saveSectionAction,
    successHref: `/app/submissions/${submissionId}`,
  });
  const paragraphs = useFieldArray({ control: form.control, name: "paragraphs" });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl" aria-label="Section">
      <FormMessage message={message} />
      {headingEditable && <TextField form={form} name="heading" label="Heading" />}
      {measures && (
        <CheckboxGroup
          form={form}
          name="covers"
          label="National priorities this section addresses"
          hint="The statutory checklist uses this"
          options={measures}
        />
      )}
      {paragraphs.fields.map((field, i) => (
        <div key={field.id} className="mb-2">
          <TextArea form={form} name={`paragraphs.${i}.text`} label={`Paragraph ${i + 1}`} rows={5} className="mb-1" />
          <div className="mb-4 flex gap-4 text-base">
            <button type="button" className="text-link underline" onClick={() => paragraphs.remove(i)}>
              Remove<span className="sr-only"> paragraph {i + 1}</span>
            </button>
            {i > 0 && (
              <button type="button" className="text-link underline" onClick={() => paragraphs.move(i, i - 1)}>
                Move up<span className="sr-only"> paragraph {i + 1}</span>
              </button>
            )}
          </div>
        </div>
      ))}
      <p className="mb-6">
        <button
          type="button"
          className="bg-panel px-3 py-1 font-bold shadow-[0_2px_0_#929191]"
          onClick={() => paragraphs.append({ text: "" })}
        >
          Add a paragraph
        </button>
      </p>
      <SubmitButton pending={pending}>Save section</SubmitButton>
    </form>
  );
}
