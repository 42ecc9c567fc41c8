"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { FormMessage, SubmitButton } from "@/components/forms/fields";
import { settleAction } from "@/components/forms/settle-action";
import { LOGO_MAX_BYTES, LOGO_TYPES, logoSchema } from "@/lib/schemas/settings";
import { saveLogoAction } from "./actions";

type Message = { ok: boolean; text: string } | null;

async function readAsBase64(file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Upload (PNG or SVG, size-checked here and again on the server, SVG sanitised there) or remove the logo. */
export function LogoForm({ current }: { current: { path: string; type: string } | null }) {
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function send(logo: { type: string; base64: string } | null) {
    const parsed = logoSchema.safeParse({ logo });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "The file could not be read");
    setMessage(null);
    startTransition(async () => {
      const result = await settleAction(() => saveLogoAction({ logo }));
      if (result.ok) {
        setMessage({ ok: true, text: logo ? `Logo saved (${logo.type === "image/png" ? "PNG" : "SVG"}).` : "Logo removed." });
        router.refresh();
      } else {
        setMessage({ ok: false, text: result.message });
        setError(result.fieldErrors?.["logo.base64"]?.[0] ?? null);
      }
    });
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const file = (new FormData(event.currentTarget).get("logo") as File | null) ?? null;
    if (!file || file.size === 0) return setError("Choose a PNG or SVG file");
    if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return setError("Choose a PNG or SVG file");
    if (file.size > LOGO_MAX_BYTES) return setError(`The logo must be ${LOGO_MAX_BYTES / 1024} KB or smaller`);
    send({ type: file.type, base64: await readAsBase64(file) });
  }

  return (
    <div className="max-w-3xl">
      <FormMessage message={message} />
      {current ? (
        <p className="mb-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- served by the public site, not next/image */}
          <img src={current.path} alt="The current logo" className="max-h-16 bg-brand p-2" />
        </p>
      ) : (
        <p className="mb-4">No logo: the public header shows the organisation&rsquo;s name alone.</p>
      )}
      <form onSubmit={onSubmit} noValidate aria-label="Upload a logo" className="mb-4">
        <div className={`mb-5 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
          <label htmlFor="f-logo" className="block font-bold">
            Logo file
          </label>
          <p id="f-logo-hint" className="text-muted">
            PNG or SVG, at most {LOGO_MAX_BYTES / 1024} KB. It is shown on a dark blue background, so a white or light logo works best.
          </p>
          {error && (
            <p id="f-logo-error" className="font-bold text-danger">
              <span className="sr-only">Error: </span>
              {error}
            </p>
          )}
          <input
            id="f-logo"
            name="logo"
            type="file"
            accept="image/png,image/svg+xml"
            aria-describedby={error ? "f-logo-hint f-logo-error" : "f-logo-hint"}
            aria-invalid={error ? true : undefined}
            className="mt-1 block"
          />
        </div>
        <SubmitButton pending={pending}>Upload logo</SubmitButton>
      </form>
      {current && (
        <button type="button" className="bg-panel px-4 py-2 font-bold text-ink" disabled={pending} onClick={() => send(null)}>
          Remove the logo
        </button>
      )}
    </div>
  );
}
