import { z } from "zod";
import { toMonth, monthsCovered, type Month } from "@/lib/periods/months";

/** A month and year entered in two boxes (a month select and a 4-digit year). */
export const monthInput = z.object({
  month: z.string().trim().max(2),
  year: z.string().trim().max(4, "Enter a year with 4 digits, like 2021"),
});
export type MonthInput = z.input<typeof monthInput>;

export const EMPTY_MONTH: MonthInput = { month: "", year: "" };

type Read = { ok: true; value: Month | null } | { ok: false; message: string };

/** Reads a month and year: blank is "not given"; half an entry or a bad year says what to fix. */
export function readMonth(input: MonthInput, which: "starts" | "ends"): Read {
  const { month, year } = { month: input.month.trim(), year: input.year.trim() };
  if (!month && !year) return { ok: true, value: null };
  const example = which === "starts" ? "January 2021" : "December 2021";
  if (!month) return { ok: false, message: `Choose the month the period ${which}, like ${example}` };
  if (!/^\d{4}$/.test(year)) return { ok: false, message: `Enter the year the period ${which} with 4 digits, like ${example.slice(-4)}` };
  const m = Number(month);
  if (!Number.isInteger(m) || m < 1 || m > 12) return { ok: false, message: `Choose the month the period ${which} from the list` };
  const y = Number(year);
  if (y < 2000 || y > 2100) return { ok: false, message: `Enter a year between 2000 and 2100, like ${example.slice(-4)}` };
  return { ok: true, value: toMonth(y, m) };
}

export type PeriodIssue = { path: "periodStart" | "periodEnd"; message: string };

/**
 * Reads a period's two ends. Returns the months (null when not given) and any problems, each
 * pointed at the box that needs fixing.
 */
export function readPeriod(start: MonthInput, end: MonthInput) {
  const issues: PeriodIssue[] = [];
  const from = readMonth(start, "starts");
  const to = readMonth(end, "ends");
  if (!from.ok) issues.push({ path: "periodStart", message: from.message });
  if (!to.ok) issues.push({ path: "periodEnd", message: to.message });
  const periodStart = from.ok ? from.value : null;
  const periodEnd = to.ok ? to.value : null;
  if (from.ok && to.ok) {
    if (periodStart && !periodEnd)
      issues.push({ path: "periodEnd", message: "Enter the month and year the period ends, like December 2021" });
    if (!periodStart && periodEnd)
      issues.push({ path: "periodStart", message: "Enter the month and year the period starts, like January 2021" });
    if (periodStart && periodEnd && monthsCovered(periodStart, periodEnd) < 1)
      issues.push({ path: "periodEnd", message: "The period must end in the same month as it starts, or later" });
  }
  return { periodStart, periodEnd, issues, given: !!(periodStart || periodEnd || !from.ok || !to.ok) };
}

/** A stored month back into the two boxes. */
export function monthToInput(month: Month | null): MonthInput {
  if (!month) return { ...EMPTY_MONTH };
  return { month: String(Number(month.slice(5))), year: month.slice(0, 4) };
}

export const MONTH_OPTIONS = [
  { value: "", label: "Month" },
  ...["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].map(
    (label, i) => ({ value: String(i + 1), label }),
  ),
];
