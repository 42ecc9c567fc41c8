"use client";

import { useState, useTransition } from "react";
import { FormMessage, SubmitButton } from "@/components/forms/fields";
import { setUserActiveAction } from "../actions";

export function UserActiveForm({ userId, active, isSelf }: { userId: string; active: boolean; isSelf: boolean }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  if (isSelf) return null;
  return (
    <form
      aria-label={active ? "Deactivate" : "Reactivate"}
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await setUserActiveAction({ userId, active: !active });
          setMessage(
            result.ok ? { ok: true, text: active ? "User deactivated." : "User reactivated." } : { ok: false, text: result.message },
          );
        });
      }}
    >
      <FormMessage message={message} />
      <p className="mb-3">
        {active
          ? "Deactivating stops this person signing in and ends any session they have open."
          : "Reactivating lets this person sign in again with their existing password."}
      </p>
      <SubmitButton pending={pending} variant={active ? "warning" : "secondary"}>
        {active ? "Deactivate user" : "Reactivate user"}
      </SubmitButton>
    </form>
  );
}
