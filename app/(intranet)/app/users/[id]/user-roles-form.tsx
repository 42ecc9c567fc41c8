"use client";

import { updateRolesSchema } from "@/lib/schemas/user";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/roles";
import { useActionForm } from "@/components/forms/use-action-form";
import { CheckboxGroup, SubmitButton } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { updateUserRolesAction } from "../actions";

const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function UserRolesForm({ userId, roles }: { userId: string; roles: Role[] }) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: updateRolesSchema,
    defaultValues: { userId, roles },
    action: async (values) => {
      const result = await updateUserRolesAction(values);
      return result.ok ? { ...result, message: "Roles saved." } : result;
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mb-8 max-w-xl" aria-label="Roles">
      <ErrorSummary form={form} message={message} />
      <CheckboxGroup form={form} name="roles" label="Roles" options={roleOptions} />
      <SubmitButton pending={pending}>Save roles</SubmitButton>
    </form>
  );
}
