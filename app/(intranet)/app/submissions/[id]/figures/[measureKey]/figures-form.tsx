"use client";

import { figuresFormSchema, type FiguresFormInput } from "@/lib/schemas/figures";
import { formatValue } from "@/lib/measures/compute-change";
import type { Unit } from "@/generated/prisma/enums";
import { useActionForm } from "@/components/forms/use-action-form";
import { Checkbox, FormMessage, SubmitButton, TextArea, TextField } from "@/components/forms/fields";
import { saveFiguresAction } from "./actions";

type Indicator = { name: string; unit: Unit; baselineLabel: string; baselineValue: number | null; source: string; betterWhen: string };

const UNIT_WORDS: Record<Unit, string> = { COUNT: "a count", PERCENTAGE: "a percentage (0 to 100)", RATE: "a rate" };

export function FiguresForm({ defaults, indicators }: { defaults: FiguresFormInput; indicators: Indicator[] }) {
  const { form, onSubmit, message, pending } = useActionForm({
    schema: figuresFormSchema,
    defaultValues: defaults,
    action: saveFiguresAction,
    successHref: `/app/submissions/${defaults.submissionId}#figures-heading`,
  });
  const noData = form.watch("figures").map((f) => f.noLocalData);
  const errors = form.formState.errors.figures;
  // Keep the comparison open when it holds a value or an error, so nothing typed is hidden.
  const comparisonOpen = (i: number) =>
    Boolean(defaults.figures[i]?.comparisonValue || errors?.[i]?.comparisonValue || errors?.[i]?.comparisonLabel);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl" aria-label="Figures">
      <FormMessage message={message} />
      {indicators.map((indicator, i) => (
        <fieldset key={i} className="mb-8 border-t-4 border-link pt-3" data-indicator={indicator.name}>
          <legend className="text-xl font-bold">{indicator.name}</legend>
          <p className="mb-3 text-base text-muted">
            {UNIT_WORDS[indicator.unit]}; {indicator.betterWhen === "LOWER_IS_BETTER" ? "lower is better" : "higher is better"}. Baseline (
            {indicator.baselineLabel}):{" "}
            {indicator.baselineValue == null ? "not held" : formatValue(indicator.baselineValue, indicator.unit)}. Source:{" "}
            {indicator.source}.
          </p>
          <Checkbox
            form={form}
            name={`figures.${i}.noLocalData`}
            label="No local data for this indicator"
            hint="For example when the national measure is not published at police force area level"
          />
          {noData[i] ? (
            <>
              <TextArea form={form} name={`figures.${i}.noDataReason`} label="Why there is no local data" rows={2} />
              <TextField form={form} name={`figures.${i}.proxyUsed`} label="Proxy used instead (optional)" />
            </>
          ) : (
            <>
              <div className="grid gap-x-4 md:grid-cols-2">
                <TextField form={form} name={`figures.${i}.latestValue`} label="Latest value" inputMode="decimal" />
                <TextField
                  form={form}
                  name={`figures.${i}.latestPeriod`}
                  label="Period of the latest value"
                  hint="For example Jan–Dec 2021"
                />
              </div>
              <details className="mb-4" open={comparisonOpen(i) || undefined}>
                <summary className="cursor-pointer">Add a comparison other than the baseline (optional)</summary>
                <div className="mt-2 grid gap-x-4 md:grid-cols-2">
                  <TextField form={form} name={`figures.${i}.comparisonValue`} label="Comparison value" inputMode="decimal" />
                  <TextField form={form} name={`figures.${i}.comparisonLabel`} label="Comparison period" hint="For example Jan–Dec 2020" />
                </div>
              </details>
            </>
          )}
        </fieldset>
      ))}
      <SubmitButton pending={pending}>Save figures</SubmitButton>
    </form>
  );
}
