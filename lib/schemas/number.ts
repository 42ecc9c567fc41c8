import { z } from "zod";
import type { Unit } from "@/generated/prisma/enums";

const NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
// "86.5%" or "86.5 %": the sign people type after a percentage.
const PERCENT_SIGN = /\s?%$/;

/**
 * A number typed into a text box: blank means "not given" (null); thousands separators are
 * accepted because the paper writes 19,018, and a percentage may carry its % sign. Text inputs
 * (not type=number) keep whatever was typed, so a mistake is shown beside the field instead of
 * silently vanishing. Messages say how to fix the entry, in the unit's own terms.
 */
export const NOT_A_NUMBER = "Enter a number, like 46 or 19,018";
export const NOT_A_PERCENTAGE = "Enter a percentage between 0 and 100, like 86.5";
export const NO_PERCENT_SIGN = "Enter a number without a % sign, like 46 or 19,018";

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; message: string };

export function parseOptionalNumber(text: string, unit?: Unit): ParsedNumber {
  let value = text.trim();
  if (value === "") return { ok: true, value: null };
  if (PERCENT_SIGN.test(value)) {
    if (unit !== "PERCENTAGE") return { ok: false, message: NO_PERCENT_SIGN };
    value = value.replace(PERCENT_SIGN, "");
  }
  if (!NUMBER.test(value)) return { ok: false, message: unit === "PERCENTAGE" ? NOT_A_PERCENTAGE : NOT_A_NUMBER };
  return { ok: true, value: Number(value.replace(/,/g, "")) };
}

export const optionalNumber = z.string().transform((text, ctx) => {
  const parsed = parseOptionalNumber(text);
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: "custom", message: parsed.message });
  return z.NEVER;
});

export const optionalText = (max: number, label = "This") => z.string().trim().max(max, `${label} must be ${max} characters or fewer`);

/** Shared bounds: figures are never negative, and percentages lie between 0 and 100. */
const MAX_VALUE = 1e12;

export function valueProblem(value: number | null, unit: Unit): string | null {
  if (value == null) return null;
  if (!Number.isFinite(value) || value > MAX_VALUE) return "Enter a number smaller than 1,000,000,000,000";
  if (value < 0) return unit === "PERCENTAGE" ? NOT_A_PERCENTAGE : "Enter a number that is 0 or more";
  if (unit === "PERCENTAGE" && value > 100) return NOT_A_PERCENTAGE;
  return null;
}

/** Parses and bounds-checks in one go: what every form with a unit-bearing value needs. */
export function parseValue(text: string, unit: Unit): ParsedNumber {
  const parsed = parseOptionalNumber(text, unit);
  if (!parsed.ok) return parsed;
  const problem = valueProblem(parsed.value, unit);
  return problem ? { ok: false, message: problem } : parsed;
}

/** Formats a stored number back into the text box. */
export function numberToInput(value: number | null | undefined) {
  return value == null ? "" : String(value);
}

/** What a unit is called beside its field, and in words for hints. */
export const UNIT_SUFFIX: Record<Unit, string> = { COUNT: "number", PERCENTAGE: "%", RATE: "rate" };
export const UNIT_HINT: Record<Unit, string> = {
  COUNT: "A count, like 46 or 19,018",
  PERCENTAGE: "A percentage between 0 and 100, like 86.5 or 86.5%",
  RATE: "A rate, like 12.5",
};
