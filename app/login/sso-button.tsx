"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";

/** Starts single sign-on: next-auth redirects to the identity provider and back. */
export function SsoButton({ providerId, name, callbackUrl }: { providerId: string; name: string; callbackUrl: string }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      aria-disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn(providerId, { callbackUrl });
      }}
      className="bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] disabled:opacity-60"
    >
      {pending ? "Working…" : `Sign in with ${name}`}
    </button>
  );
}
