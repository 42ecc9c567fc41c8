"use client";

import { figuresFormSchema, type FiguresFormInput } from "@/lib/schemas/figures";
import { formatValue } from "@/lib/measures/compute-change";
import { UNIT_HINT, UNIT_SUFFIX } from "@/lib/schemas/number";
import type { Unit } from "@/generated/prisma/enums";
import { useActionForm } from "@/components/forms/use-action-form";
import { Checkbox, SubmitButton, TextArea, TextField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { MonthField } from "@/components/forms/date-fields";
import { saveFiguresAction } from "./actions";

type Indicator = {
  name: string;
  unit: Unit;
  baselineLabel: string;
  baselineValue: number | null;
  source: string;
  betterWhen: string;
  previousValue: number | null;
};

export function FiguresForm({
  defaults,
  indicators,
  continueHref,
}: {
  defaults: FiguresFormInput;
  indicators: Indicator[];
  continueHref: string;
}) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: figuresFormSchema,
    defaultValues: defaults,
    action: saveFiguresAction,
    successHref: continueHref,
  });
  const noData = form.watch("figures").map((f) => f.noLocalData);
  const errors = form.formState.errors.figures;
  // Keep the comparison open when it holds a value or an error, so nothing typed is hidden.
  const comparisonOpen = (i: number) =>
    Boolean(defaults.figures[i]?.comparisonValue || errors?.[i]?.comparisonValue || errors?.[i]?.comparisonLabel);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl" aria-label="Figures">
      <ErrorSummary form={form} message={message} />
      {indicators.map((indicator, i) => (
        <fieldset key={i} className="mb-8 border-t-4 border-link pt-3" data-indicator={indicator.name}>
          <legend className="text-xl font-bold">{indicator.name}</legend>
          <p className="mb-3 text-base text-muted">
            {indicator.betterWhen === "LOWER_IS_BETTER" ? "Lower is better" : "Higher is better"}. Baseline ({indicator.baselineLabel}):{" "}
            {indicator.baselineValue == null ? "not held" : formatValue(indicator.baselineValue, indicator.unit)}. Source:{" "}
            {indicator.source}.
            {indicator.previousValue != null && <> Last quarter: {formatValue(indicator.previousValue, indicator.unit)}.</>}
          </p>
          <Checkbox
            form={form}
            name={`figures.${i}.noLocalData`}
            label="No local data for this indicator"
            hint="For example when the national measure is not published at police force area level"
          />
          {noData[i] ? (
            <>
              <TextArea form={form} name={`figures.${i}.noDataReason`} label="Why there is no local data" rows={2} maxLength={1000} />
              <TextField form={form} name={`figures.${i}.proxyUsed`} label="Proxy used instead (optional)" />
            </>
          ) : (
            <>
              <TextField
                form={form}
                name={`figures.${i}.latestValue`}
                label="Latest value"
                hint={UNIT_HINT[indicator.unit]}
                inputMode="decimal"
                inputClassName="max-w-48"
                suffix={UNIT_SUFFIX[indicator.unit]}
              />
              <div className="grid gap-x-8 md:grid-cols-2">
                <MonthField form={form} name={`figures.${i}.periodStart`} label="First month the value covers" />
                <MonthField form={form} name={`figures.${i}.periodEnd`} label="Last month the value covers" />
              </div>
              <TextField
                form={form}
                name={`figures.${i}.periodNote`}
                label="Note on the period (optional)"
                hint="For example: Latest Home Office statistics"
              />
              <details className="mb-4" open={comparisonOpen(i) || undefined}>
                <summary className="cursor-pointer">Add a comparison other than the baseline (optional)</summary>
                <div className="mt-2 grid gap-x-4 md:grid-cols-2">
                  <TextField
                    form={form}
                    name={`figures.${i}.comparisonValue`}
                    label="Comparison value"
                    inputMode="decimal"
                    suffix={UNIT_SUFFIX[indicator.unit]}
                  />
                  <TextField form={form} name={`figures.${i}.comparisonLabel`} label="Comparison period" hint="For example Jan–Dec 2020" />
                </div>
              </details>
            </>
          )}
        </fieldset>
      ))}
      <SubmitButton pending={pending}>Save and continue</SubmitButton>
    </form>
  );
}
