"use client";

import { createContext, useContext } from "react";
import { get, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { CharacterCount } from "./character-count";

// The transformed (output) type does not matter to a field, only the input values do.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyForm<T extends FieldValues> = UseFormReturn<T, any, any>;

export type Common<T extends FieldValues> = {
  form: AnyForm<T>;
  name: Path<T>;
  label: React.ReactNode;
  hint?: React.ReactNode;
  className?: string;
};

export function idFor(name: string, scope = "") {
  return `f-${scope ? `${scope}-` : ""}${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

/**
 * Several forms on one page (an approve and a return form, say) would otherwise give their
 * fields the same ids: a form wraps its fields in a scope so each id stays unique.
 */
export const FieldScope = createContext("");

/** The id of a field inside the current form's scope. */
export function useFieldId(name: string) {
  return idFor(name, useContext(FieldScope));
}

export function fieldError<T extends FieldValues>(form: Common<T>["form"], name: string): string | undefined {
  return (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
}

/** A field's hint and error message, with the ids its control's aria-describedby names. */
function HintAndError({ id, hint, error }: { id: string; hint?: React.ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="font-bold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
    </>
  );
}

/** A fieldset's legend with its hint and error. */
export function Legend({ id, label, hint, error }: { id: string; label: React.ReactNode; hint?: React.ReactNode; error?: string }) {
  return (
    <>
      <legend className="font-bold">{label}</legend>
      <HintAndError id={id} hint={hint} error={error} />
    </>
  );
}

function Wrapper({
  id,
  label,
  hint,
  error,
  children,
  className,
}: {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-danger pl-3" : ""} ${className ?? ""}`}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

export function describedBy(id: string, hint: unknown, error: unknown, extra?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra].filter(Boolean).join(" ") || undefined;
}

const inputClass = "mt-1 block w-full border-2 border-ink px-2 py-1.5 aria-[invalid=true]:border-danger";

export function TextField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  type = "text",
  className,
  inputClassName,
  autoComplete,
  inputMode,
  suffix,
}: Common<T> & {
  type?: string;
  inputClassName?: string;
  autoComplete?: string;
  inputMode?: "decimal" | "numeric" | "text" | "email";
  /** A unit shown beside the box (GOV.UK's suffix): "%", "number". The hint says it in words. */
  suffix?: string;
}) {
  const id = useFieldId(name);
  const error = fieldError(form, name);
  const input = (
    <input
      id={id}
      type={type}
      autoComplete={autoComplete}
      inputMode={inputMode}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, hint, error)}
      className={`${inputClass} ${inputClassName ?? ""}`}
      {...form.register(name)}
    />
  );
  return (
    <Wrapper id={id} label={label} hint={hint} error={error} className={className}>
      {suffix ? (
        <div className="flex items-stretch">
          {input}
          <span aria-hidden="true" className="mt-1 flex items-center border-2 border-l-0 border-ink bg-panel px-2 font-bold" data-unit>
            {suffix}
          </span>
        </div>
      ) : (
        input
      )}
    </Wrapper>
  );
}

export function TextArea<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  rows = 4,
  className,
  maxLength,
  onPaste,
}: Common<T> & { rows?: number; maxLength?: number; onPaste?: React.ClipboardEventHandler<HTMLTextAreaElement> }) {
  const id = useFieldId(name);
  const error = fieldError(form, name);
  return (
    <Wrapper id={id} label={label} hint={hint} error={error} className={className}>
      <textarea
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, maxLength ? `${id}-count` : undefined)}
        className={inputClass}
        onPaste={onPaste}
        {...form.register(name)}
      />
      {maxLength && <CharacterCount form={form} name={name} id={id} max={maxLength} />}
    </Wrapper>
  );
}

export function SelectField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  options,
  className,
}: Common<T> & { options: readonly { value: string; label: string }[] }) {
  const id = useFieldId(name);
  const error = fieldError(form, name);
  return (
    <Wrapper id={id} label={label} hint={hint} error={error} className={className}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${inputClass} bg-white`}
        {...form.register(name)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}

/** A group of checkboxes bound to one array field, in a fieldset with a legend. */
export function CheckboxGroup<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  options,
}: Common<T> & { options: readonly { value: string; label: string }[] }) {
  const id = useFieldId(name);
  const error = fieldError(form, name);
  return (
    <fieldset id={id} className={`mb-5 ${error ? "border-l-4 border-danger pl-3" : ""}`} aria-describedby={describedBy(id, hint, error)}>
      <Legend id={id} label={label} hint={hint} error={error} />
      {options.map((o) => (
        <div key={o.value} className="mt-2 flex items-center gap-2">
          <input id={`${id}-${o.value}`} type="checkbox" value={o.value} className="h-6 w-6" {...form.register(name)} />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function Checkbox<T extends FieldValues>({ form, name, label, hint }: Common<T>) {
  const id = useFieldId(name);
  return (
    <div className="mb-5 flex items-start gap-2">
      <input id={id} type="checkbox" className="mt-1 h-6 w-6" aria-describedby={hint ? `${id}-hint` : undefined} {...form.register(name)} />
      <div>
        <label htmlFor={id} className="font-bold">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-muted">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

export function FormMessage({ message }: { message: { ok: boolean; text: string } | null }) {
  if (!message) return null;
  return (
    <div
      role={message.ok ? "status" : "alert"}
      data-form-message={message.ok ? "ok" : "error"}
      tabIndex={-1}
      className={`mb-6 border-l-8 bg-panel p-4 font-bold ${message.ok ? "border-success" : "border-danger"}`}
    >
      {message.text}
    </div>
  );
}

export function SubmitButton({
  pending,
  children,
  variant = "primary",
  name,
}: {
  pending?: boolean;
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "warning";
  name?: string;
}) {
  const tones = {
    primary: "bg-success text-white shadow-[0_2px_0_#002d18]",
    secondary: "bg-panel text-ink shadow-[0_2px_0_#929191]",
    warning: "bg-danger text-white shadow-[0_2px_0_#55150b]",
  };
  return (
    <button
      type="submit"
      name={name}
      disabled={pending}
      aria-disabled={pending}
      className={`px-4 py-2 font-bold ${tones[variant]} disabled:opacity-60`}
    >
      {pending ? "Working…" : children}
    </button>
  );
}
