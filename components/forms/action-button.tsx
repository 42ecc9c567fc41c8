"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { FormMessage, SubmitButton } from "./fields";
import type { ActionResult } from "@/lib/action-result";
import { fillPath } from "@/lib/fill-path";
import { settleAction } from "./settle-action";

type Props<I, R> = {
  label: string;
  input: I;
  run: (input: I) => Promise<ActionResult<R>>;
  /**
   * Where to go after success, with {field} filled from the action's result, e.g.
   * "/app/submissions/{submissionId}" (a string: server pages cannot pass functions). Without
   * it the page refreshes in place.
   */
  next?: string;
  variant?: "primary" | "secondary" | "warning";
  children?: React.ReactNode;
  className?: string;
  /** The form's accessible name when several buttons on a page share a label ("Send again: <which>"). */
  formLabel?: string;
};

/** A one-click server action (no fields) that shows the server's refusal if there is one. */
export function ActionButton<I, R>({ label, input, run, next, variant = "secondary", children, className, formLabel }: Props<I, R>) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      aria-label={formLabel ?? label}
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await settleAction(() => run(input));
          if (!result.ok) return setMessage({ ok: false, text: result.message });
          if (next) router.push(fillPath(next, result.data));
          else router.refresh();
        });
      }}
    >
      <FormMessage message={message} />
      {children}
      <SubmitButton pending={pending} variant={variant}>
        {label}
      </SubmitButton>
    </form>
  );
}
