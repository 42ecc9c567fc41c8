"use client";

import { useFieldArray, useWatch } from "react-hook-form";
import { MAX_PARAGRAPH, sectionSchema, type SectionInput } from "@/lib/schemas/section";
import { isSeveralParagraphs, splitParagraphs } from "@/lib/text/split-paragraphs";
import { useActionForm } from "@/components/forms/use-action-form";
import { Checkbox, CheckboxGroup, SubmitButton, TextArea, TextField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { saveSectionAction } from "./actions";

type Props = {
  defaults: SectionInput;
  headingEditable: boolean;
  measures: { value: string; label: string }[] | null;
  continueHref: string;
};

export function SectionForm({ defaults, headingEditable, measures, continueHref }: Props) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: sectionSchema,
    defaultValues: defaults,
    action: saveSectionAction,
    successHref: continueHref,
  });
  const paragraphs = useFieldArray({ control: form.control, name: "paragraphs" });
  const values = useWatch({ control: form.control, name: "paragraphs" }) ?? [];

  /** A paste holding several paragraphs (blank lines between them) becomes several numbered boxes. */
  const splitPaste = (index: number) => (event: React.ClipboardEvent<HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData("text/plain");
    if (!isSeveralParagraphs(text)) return;
    event.preventDefault();
    const chunks = splitParagraphs(text).map((t) => ({ text: t, carriedOver: false, confirmed: false }));
    if (!values[index]?.text?.trim()) {
      paragraphs.update(index, chunks[0]!);
      paragraphs.insert(index + 1, chunks.slice(1), { shouldFocus: false });
    } else {
      paragraphs.insert(index + 1, chunks, { shouldFocus: false });
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl" aria-label="Section">
      <ErrorSummary form={form} message={message} />
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
      {paragraphs.fields.map((field, i) => {
        const carried = field.carriedOver && values[i]?.text === field.text;
        return (
          <div key={field.id} className={`mb-2 ${carried ? "border-l-8 border-warning pl-3" : ""}`} data-paragraph-editor={i + 1}>
            {carried && (
              <p className="mb-1 font-bold" data-carried-over>
                Carried over from last quarter: update before submitting
              </p>
            )}
            <TextArea
              form={form}
              name={`paragraphs.${i}.text`}
              label={`Paragraph ${i + 1}`}
              rows={5}
              className="mb-1"
              maxLength={MAX_PARAGRAPH}
              onPaste={splitPaste(i)}
            />
            {carried && <Checkbox form={form} name={`paragraphs.${i}.confirmed`} label="This paragraph is still correct as it is" />}
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
        );
      })}
      <p className="mb-6">
        <button
          type="button"
          className="bg-panel px-3 py-1 font-bold shadow-[0_2px_0_#929191]"
          onClick={() => paragraphs.append({ text: "", carriedOver: false, confirmed: false })}
        >
          Add a paragraph
        </button>
      </p>
      <SubmitButton pending={pending}>Save and continue</SubmitButton>
    </form>
  );
}
