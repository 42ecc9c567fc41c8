"use client";

import { createUserSchema } from "@/lib/schemas/user";
import { ROLES, ROLE_LABELS } from "@/lib/roles";
import { useActionForm } from "@/components/forms/use-action-form";
import { CheckboxGroup, SubmitButton, TextField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { createUserAction } from "../actions";

const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

const PASSWORD_HINT = {
  required: "At least 12 characters. Give it to the person securely and ask them to keep it private.",
  optional: "Leave blank if the person will sign in with single sign-on only. Otherwise at least 12 characters, given to them securely.",
};

export function CreateUserForm({ passwordMode }: { passwordMode: "required" | "optional" | "none" }) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: createUserSchema,
    defaultValues: { name: "", email: "", roles: [], password: "" },
    action: createUserAction,
    successHref: "/app/users/{id}?created=1",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl" aria-label="Create a user">
      <ErrorSummary form={form} message={message} />
      <TextField form={form} name="name" label="Full name" autoComplete="off" />
      <TextField form={form} name="email" label="Email address" type="email" autoComplete="off" />
      <CheckboxGroup form={form} name="roles" label="Roles" hint="Select all that apply." options={roleOptions} />
      {passwordMode === "none" ? (
        <p className="mb-6">The person signs in with single sign-on: password sign-in is switched off on this installation.</p>
      ) : (
        <TextField
          form={form}
          name="password"
          label={passwordMode === "optional" ? "Initial password (optional)" : "Initial password"}
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_HINT[passwordMode]}
        />
      )}
      <SubmitButton pending={pending}>Create user</SubmitButton>
    </form>
  );
}
