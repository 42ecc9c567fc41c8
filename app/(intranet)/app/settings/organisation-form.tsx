"use client";

import { useState } from "react";
import type { z } from "zod";
import { organisationSchema } from "@/lib/schemas/settings";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage, SubmitButton, TextArea, TextField } from "@/components/forms/fields";
import { saveOrganisationAction } from "./actions";

export function OrganisationForm({ defaults }: { defaults: z.input<typeof organisationSchema> }) {
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, message, pending } = useActionForm({
    schema: organisationSchema,
    defaultValues: defaults,
    action: saveOrganisationAction,
    onSuccess: (result) => {
      if (result.data) form.setValue("version", result.data.version);
      setSaved(true);
    },
  });
  return (
    <form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate className="max-w-3xl" aria-label="Organisation settings">
      <FormMessage message={saved ? { ok: true, text: "Saved. The public site now shows these settings." } : message} />
      <TextField form={form} name="force" label="Force name" hint="For example, West Midlands Police" />
      <TextField
        form={form}
        name="pcc"
        label="Police and Crime Commissioner (or mayor)"
        hint="For example, West Midlands Police and Crime Commissioner"
      />
      <TextField
        form={form}
        name="board"
        label="Board name"
        hint="The board that receives the paper, for example Strategic Policing and Crime Board"
      />
      <TextField
        form={form}
        name="contactEmail"
        label="Contact email address"
        type="email"
        hint="Shown in the footer of every public page"
      />
      <TextField form={form} name="privacyUrl" label="Privacy notice web address" hint="The footer links to it" />
      <TextArea
        form={form}
        name="accessibilityStatement"
        label="Accessibility statement"
        hint="Shown on the public accessibility statement page. Separate paragraphs with a blank line."
        rows={12}
      />
      <SubmitButton pending={pending}>Save settings</SubmitButton>
    </form>
  );
}
