// Figure and KPI periods as ISO dates for open data: a period is whole months, stored as the
// first day of its first and last month (lib/periods/months.ts), so it runs from the first day
// of the start month to the LAST day of the end month: Jan–Dec 2021 is 2021-01-01 to 2021-12-31.

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The first day of a stored period's first month, "2021-01-01", or null. */
export function periodStartDate(start: Date | null | undefined): string | null {
  return start ? iso(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1))) : null;
}

/** The last day of a stored period's last month, "2021-12-31" (29 February in a leap year), or null. */
export function periodEndDate(end: Date | null | undefined): string | null {
  // Day 0 of the next month is the last day of this one.
  return end ? iso(new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0))) : null;
}
