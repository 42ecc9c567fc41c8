"use client";

import type { FieldValues, Path } from "react-hook-form";
import { MONTH_OPTIONS } from "@/lib/schemas/period";
import { describedBy, fieldError, Legend, useFieldId, type Common } from "./fields";

const box = "mt-1 block border-2 border-ink px-2 py-1.5 aria-[invalid=true]:border-danger";

/** GOV.UK's date input: day, month and year boxes, so no browser's own picker decides the order. */
export function DateField<T extends FieldValues>({ form, name, label, hint }: Omit<Common<T>, "className">) {
  const id = useFieldId(name);
  const error = fieldError(form, name);
  const part = (p: string) => `${name}.${p}` as Path<T>;
  const boxes = [
    { key: "day", label: "Day", width: "w-16", maxLength: 2 },
    { key: "month", label: "Month", width: "w-16", maxLength: 2 },
    { key: "year", label: "Year", width: "w-24", maxLength: 4 },
  ];
  return (
    <fieldset
      className={`mb-5 ${error ? "border-l-4 border-danger pl-3" : ""}`}
      aria-describedby={describedBy(id, hint, error)}
      data-date-input={name}
    >
      <Legend id={id} label={label} hint={hint} error={error} />
      <div className="mt-1 flex gap-4">
        {boxes.map((b, i) => {
          // The first box carries the field's id, so the error summary's link lands on it.
          const boxId = i === 0 ? id : `${id}-${b.key}`;
          return (
            <div key={b.key}>
              <label htmlFor={boxId} className="block">
                {b.label}
              </label>
              <input
                id={boxId}
                inputMode="numeric"
                maxLength={b.maxLength}
                aria-invalid={error ? true : undefined}
                className={`${box} ${b.width}`}
                {...form.register(part(b.key))}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A month and year: a month list and a 4-digit year box, labelled as one group. */
export function MonthField<T extends FieldValues>({ form, name, label, hint }: Omit<Common<T>, "className">) {
  const id = useFieldId(name);
  const error = fieldError(form, name);
  return (
    <fieldset
      className={`mb-4 ${error ? "border-l-4 border-danger pl-3" : ""}`}
      aria-describedby={describedBy(id, hint, error)}
      data-month-input={name}
    >
      <Legend id={id} label={label} hint={hint} error={error} />
      <div className="mt-1 flex gap-4">
        <div>
          <label htmlFor={id} className="block">
            Month
          </label>
          <select
            id={id}
            aria-invalid={error ? true : undefined}
            className={`${box} bg-white`}
            {...form.register(`${name}.month` as Path<T>)}
          >
            {MONTH_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-year`} className="block">
            Year
          </label>
          <input
            id={`${id}-year`}
            inputMode="numeric"
            maxLength={4}
            aria-invalid={error ? true : undefined}
            className={`${box} w-24`}
            {...form.register(`${name}.year` as Path<T>)}
          />
        </div>
      </div>
    </fieldset>
  );
}
