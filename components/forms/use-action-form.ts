"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { fillPath } from "@/lib/fill-path";
import { settleAction } from "./settle-action";

/**
 * react-hook-form wired to a server action: the same zod schema validates in the browser
 * (zodResolver) and again in the action. Server field errors land beside their fields, and
 * the typed values stay in the form whatever the outcome.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R = unknown>(options: {
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  action: (values: z.input<S>) => Promise<ActionResult<R>>;
  onSuccess?: (result: Extract<ActionResult<R>, { ok: true }>) => void;
  /** Where to go after a successful save; `{field}` is filled from the action's result. */
  successHref?: string;
}) {
  const router = useRouter();
  const form = useForm<z.input<S>, unknown, z.input<S>>({
    // raw: validate with the schema but hand the action what was typed, not the parsed
    // output, because the action parses the same schema again on the server.
    resolver: zodResolver(options.schema as never, undefined, { raw: true }) as unknown as Resolver<z.input<S>, unknown, z.input<S>>,
    defaultValues: options.defaultValues,
    // The error summary takes focus instead, and links to each field (GOV.UK pattern).
    shouldFocusError: false,
  });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const onSubmit = form.handleSubmit(
    (values) =>
      new Promise<void>((resolve) => {
        startTransition(async () => {
          const result = await settleAction(() => options.action(values));
          if (result.ok) {
            setMessage(result.message ? { ok: true, text: result.message } : null);
            options.onSuccess?.(result);
            if (options.successHref) router.push(fillPath(options.successHref, result.data));
          } else {
            setMessage({ ok: false, text: result.message });
            for (const [name, errors] of Object.entries(result.fieldErrors ?? {})) {
              if (errors?.[0]) form.setError(name as Path<z.input<S>>, { type: "server", message: errors[0] });
            }
          }
          resolve();
        });
      }),
    // The error summary lists the problems beside which fields; no extra message is needed.
    () => setMessage(null),
  );

  return { form, onSubmit, message, pending };
}
