// Financial-year quarters as police forces use them: 2021/22 Q3 is October–December 2021.

export function financialYearLabel(fyStart: number) {
  return `${fyStart}/${String((fyStart + 1) % 100).padStart(2, "0")}`;
}

export function quarterLabel(fyStart: number, quarter: number) {
  return `${financialYearLabel(fyStart)} Q${quarter}`;
}

export function quarterSlug(fyStart: number, quarter: number) {
  return `${fyStart}-${String((fyStart + 1) % 100).padStart(2, "0")}-q${quarter}`;
}

export function parseQuarterSlug(slug: string): { fyStart: number; quarter: number } | null {
  const match = /^(\d{4})-(\d{2})-q([1-4])$/.exec(slug);
  if (!match) return null;
  const fyStart = Number(match[1]);
  if ((fyStart + 1) % 100 !== Number(match[2])) return null;
  return { fyStart, quarter: Number(match[3]) };
}

/** The months a quarter covers, e.g. "October to December 2021". */
export function quarterPeriod(fyStart: number, quarter: number) {
  const months = [
    ["April", "June"],
    ["July", "September"],
    ["October", "December"],
    ["January", "March"],
  ][quarter - 1]!;
  const year = quarter === 4 ? fyStart + 1 : fyStart;
  return `${months[0]} to ${months[1]} ${year}`;
}
