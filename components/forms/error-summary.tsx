"use client";

import { useContext, useEffect, useRef } from "react";
import type { FieldErrors, FieldValues } from "react-hook-form";
import { FieldScope, idFor, type AnyForm } from "./fields";

type Problem = { name: string; message: string };

/** Every field error in the form, flattened to its dotted name ("figures.0.latestValue"). */
export function listProblems(errors: FieldErrors, prefix = ""): Problem[] {
  const out: Problem[] = [];
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (!value || key === "ref" || key === "root") continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const entry = value as { message?: unknown; type?: unknown };
    if (typeof entry.message === "string" && entry.message) out.push({ name, message: entry.message });
    else if (typeof value === "object") out.push(...listProblems(value as FieldErrors, name));
  }
  return out;
}

/** The element a problem's link moves focus to: the field itself, or the first control inside it. */
function targetOf(name: string, scope: string) {
  const el = document.getElementById(idFor(name, scope));
  if (!el) return null;
  return el.matches("input, select, textarea") ? el : el.querySelector<HTMLElement>("input, select, textarea");
}

function inPageOrder(problems: Problem[], scope: string) {
  if (typeof document === "undefined") return problems;
  return [...problems].sort((a, b) => {
    const x = targetOf(a.name, scope);
    const y = targetOf(b.name, scope);
    if (!x || !y) return 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

const GENERIC = "Check the highlighted fields.";

/**
 * GOV.UK's error summary: at the top of the form after a failed submit, it takes focus and
 * lists every problem, each a link that moves focus to its field. A refusal from the server
 * that is not about one field is shown here too.
 */
export function ErrorSummary<T extends FieldValues>({
  form,
  message,
}: {
  form: AnyForm<T>;
  message: { ok: boolean; text: string } | null;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const scope = useContext(FieldScope);
  const titleId = idFor("error-summary-title", scope);
  const problems = inPageOrder(listProblems(form.formState.errors), scope);
  const refusal = message && !message.ok && message.text !== GENERIC ? message.text : null;
  const { submitCount } = form.formState;
  const shown = problems.length > 0 || !!refusal;
  useEffect(() => {
    if (shown) ref.current?.focus();
    // Focus moves here after each failed attempt, not on every keystroke that changes the errors.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submitCount, message]);

  if (message?.ok) {
    return (
      <div role="status" data-form-message="ok" className="mb-6 border-l-8 border-success bg-panel p-4 font-bold">
        {message.text}
      </div>
    );
  }
  if (!shown) return null;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby={titleId}
      data-form-message="error"
      className="mb-6 border-4 border-danger p-4 focus:outline-none focus-visible:outline-3"
    >
      <h2 id={titleId} className="mb-2 text-xl font-bold">
        There is a problem
      </h2>
      {refusal && (
        <p className="mb-2 font-bold" data-refusal>
          {refusal}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="space-y-1">
          {problems.map((p) => (
            <li key={p.name}>
              <a
                href={`#${idFor(p.name, scope)}`}
                className="font-bold text-danger"
                onClick={(event) => {
                  const target = targetOf(p.name, scope);
                  if (!target) return;
                  event.preventDefault();
                  target.scrollIntoView({ block: "center" });
                  target.focus();
                }}
              >
                {p.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
