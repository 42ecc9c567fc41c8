"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { loginSchema, type LoginInput } from "@/lib/schemas/login";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const form = useForm<LoginInput>({ resolver: zodResolver(loginSchema), defaultValues: { email: "", password: "" } });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    setMessage(null);
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.ok && !result.error) {
      // A full navigation, so every server component reads the new session cookie.
      window.location.assign(callbackUrl);
      return;
    }
    // The server answers with a code (lib/auth/sign-in-errors.ts), never with text to show.
    setMessage({ ok: false, text: signInErrorMessage(result?.error) });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md" aria-label="Sign in">
      <FormMessage message={message} />
      <TextField form={form} name="email" label="Email address" type="email" autoComplete="username" inputMode="email" />
      <TextField form={form} name="password" label="Password" type="password" autoComplete="current-password" />
      <SubmitButton pending={form.formState.isSubmitting}>Sign in</SubmitButton>
    </form>
  );
}
