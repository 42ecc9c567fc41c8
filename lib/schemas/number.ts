import { z } from "zod";
import type { Unit } from "@/generated/prisma/enums";

const NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * A number typed into a text box: blank means "not given" (null); thousands separators are
 * accepted because the paper writes 19,018. Text inputs (not type=number) keep whatever
 * was typed, so a mistake is shown beside the field instead of silently vanishing.
 */
export const NOT_A_NUMBER = "Enter a number, like 46 or 19,018";

export function parseOptionalNumber(text: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const value = text.trim();
  if (value === "") return { ok: true, value: null };
  if (!NUMBER.test(value)) return { ok: false, message: NOT_A_NUMBER };
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
  if (value < 0) return "Enter a number that is 0 or more";
  if (unit === "PERCENTAGE" && value > 100) return "Enter a percentage between 0 and 100";
  return null;
}

/** Formats a stored number back into the text box. */
export function numberToInput(value: number | null | undefined) {
  return value == null ? "" : String(value);
}
