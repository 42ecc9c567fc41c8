"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { Preview } from "@/lib/import/plan-import";
import { ACCEPTED_TYPES, MAX_FILE_BYTES, tooLargeMessage } from "@/lib/import/limits";
import { ImportPreview } from "@/components/import/import-preview";
import { SubmitButton } from "@/components/forms/fields";

type Checked = { file: { name: string; size: number; sha256: string }; preview: Preview };
type Answer = { ok: true } & Record<string, unknown>;

const SIGNED_OUT = "Your session has ended. Sign in again, then check the file again.";

/** Posts the chosen file (and any fields) to an upload route; the answer's message when it refuses. */
async function upload(url: string, file: File, fields: Record<string, string> = {}): Promise<Answer | { ok: false; message: string }> {
  const body = new FormData();
  body.append("file", file);
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  try {
    const response = await fetch(url, { method: "POST", body });
    if (!response.headers.get("content-type")?.includes("application/json")) return { ok: false, message: SIGNED_OUT };
    return (await response.json()) as Answer | { ok: false; message: string };
  } catch {
    return { ok: false, message: "The file could not be sent: check your connection and try again." };
  }
}

/**
 * Choose a file, check it (nothing is saved: the server answers with the preview), then import
 * it. The import sends the same file again with what the preview was worked out from, and the
 * server reads it again: the browser's copy of the preview is never trusted.
 */
export function ImportForm({ checkUrl, saveUrl, doneHref }: { checkUrl: string; saveUrl: string; doneHref: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [pending, setPending] = useState<"check" | "save" | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  useEffect(() => {
    if (checked) previewRef.current?.focus();
  }, [checked]);

  async function check(event: React.FormEvent) {
    event.preventDefault();
    setChecked(null);
    if (!file) return setError("Choose a file to import.");
    if (file.size > MAX_FILE_BYTES) return setError(tooLargeMessage(file.size));
    setError(null);
    setPending("check");
    const answer = await upload(checkUrl, file);
    setPending(null);
    if (answer.ok) setChecked(answer as unknown as Checked);
    else setError(answer.message);
  }

  async function save() {
    if (!file || !checked) return;
    setError(null);
    setPending("save");
    const expected = JSON.stringify({ sha256: checked.file.sha256, versions: checked.preview.versions });
    const answer = await upload(saveUrl, file, { expected });
    if (answer.ok) return router.push(doneHref);
    setPending(null);
    setChecked(null);
    setError(answer.message);
  }

  const canImport = checked && checked.preview.problems.length === 0 && checked.preview.changeCount > 0;
  return (
    <>
      {error && (
        <div ref={errorRef} role="alert" tabIndex={-1} className="mb-6 border-4 border-danger p-4 focus:outline-none" data-import-error>
          <h2 className="mb-2 text-xl font-bold">There is a problem</h2>
          <p className="font-bold">
            <a href="#import-file" className="text-danger">
              {error}
            </a>
          </p>
        </div>
      )}
      <form onSubmit={check} noValidate className="mb-8 max-w-3xl" aria-label="Check a spreadsheet">
        <div className={`mb-5 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
          <label htmlFor="import-file" className="block font-bold">
            The filled-in template
          </label>
          <p id="import-file-hint" className="text-muted">
            An Excel workbook (.xlsx: only its first sheet is read) or a CSV file saved as CSV UTF-8, up to 2 MB.
          </p>
          <input
            id="import-file"
            name="file"
            type="file"
            accept={ACCEPTED_TYPES}
            aria-describedby="import-file-hint"
            aria-invalid={error ? true : undefined}
            className="mt-2 block"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setChecked(null);
              setError(null);
            }}
          />
        </div>
        <SubmitButton pending={pending === "check"} variant={checked ? "secondary" : "primary"}>
          Check the file
        </SubmitButton>
      </form>
      {checked && (
        <section aria-labelledby="preview-heading" className="mb-8">
          <h2 id="preview-heading" ref={previewRef} tabIndex={-1} className="mb-3 text-2xl font-bold focus:outline-none">
            Check what will change
          </h2>
          <ImportPreview preview={checked.preview} fileName={checked.file.name} />
          {canImport && (
            <>
              <p className="mb-3">Nothing is saved until you import. All the changes are saved together, or none of them.</p>
              <button
                type="button"
                onClick={save}
                disabled={pending === "save"}
                aria-disabled={pending === "save"}
                className="bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] disabled:opacity-60"
              >
                {pending === "save"
                  ? "Importing…"
                  : `Import ${checked.preview.changeCount} ${checked.preview.changeCount === 1 ? "change" : "changes"}`}
              </button>
            </>
          )}
        </section>
      )}
    </>
  );
}
