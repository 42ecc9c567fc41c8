// Figure periods are whole months, stored as first-of-month dates (UTC) and handled here as
// "YYYY-MM" strings: the form open data and snapshots use. Month arithmetic goes through
// Date.UTC, which rolls months over into years; wording goes through Intl (en-GB).

/** A calendar month, "YYYY-MM". */
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): value is Month {
  return MONTH.test(value);
}

function parts(month: Month) {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`Not a month: ${month}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

export function toMonth(year: number, month: number): Month {
  const d = new Date(Date.UTC(year, month - 1, 1));
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The month a stored first-of-month date falls in. */
export function monthOf(date: Date): Month {
  return toMonth(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

export function monthOfOrNull(date: Date | null | undefined): Month | null {
  return date ? monthOf(date) : null;
}

/** The first-of-month date a month is stored as. */
export function monthToDate(month: Month): Date {
  const { year, month: m } = parts(month);
  return new Date(Date.UTC(year, m - 1, 1));
}

export function addMonths(month: Month, count: number): Month {
  const { year, month: m } = parts(month);
  return toMonth(year, m + count);
}

/** Whole months from start to end, counting both: Jan–Dec is 12. */
export function monthsCovered(start: Month, end: Month) {
  const a = parts(start);
  const b = parts(end);
  return (b.year - a.year) * 12 + (b.month - a.month) + 1;
}

/** The ISO date of a month's first day, for open data: "2021-01-01". */
export function isoDate(month: Month) {
  return `${month}-01`;
}

const short = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });
const long = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
// Intl's en-GB short month for September is "Sept"; the paper writes "Sep".
const shortName = (month: Month) => short.format(monthToDate(month)).replace("Sept", "Sep");
const yearOf = (month: Month) => parts(month).year;

/**
 * A period as the paper words it: "December 2021" for one month, "Jan–Dec 2021" within a
 * year, "Nov 2020–Oct 2021" across years.
 */
export function formatPeriod(start: Month | null, end: Month | null): string | null {
  if (!start || !end) return null;
  if (start === end) return long.format(monthToDate(start));
  if (yearOf(start) === yearOf(end)) return `${shortName(start)}–${shortName(end)} ${yearOf(end)}`;
  return `${shortName(start)} ${yearOf(start)}–${shortName(end)} ${yearOf(end)}`;
}

/** The same, from stored dates. */
export function formatStoredPeriod(start: Date | null | undefined, end: Date | null | undefined) {
  return formatPeriod(monthOfOrNull(start), monthOfOrNull(end));
}

/** The national baseline: the year ending June 2019. */
export const NATIONAL_BASELINE = { label: "Year ending June 2019", start: "2018-07", end: "2019-06" } as const;

/** The month names a person may type, to their month number. */
const MONTH_WORDS: Record<string, number> = {};
["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].forEach(
  (name, i) => {
    MONTH_WORDS[name] = i + 1;
    MONTH_WORDS[name.slice(0, 3)] = i + 1;
  },
);
MONTH_WORDS.sept = 9;

const WORD =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
const DASH = "\\s?[–-]\\s?";
// "Jan–Dec 2020", "Nov 2020–Oct 2021", or one month "December 2021" / "Dec 2021".
const MENTION = new RegExp(`\\b${WORD}(?:\\s(\\d{4}))?${DASH}${WORD}\\s(\\d{4})\\b|\\b${WORD}\\s(\\d{4})\\b`, "g");

const monthNumber = (word: string) => MONTH_WORDS[word.toLowerCase()]!;

/**
 * Moves every month named in a piece of text on by `count` months: "Year ending Sep 2021"
 * becomes "Year ending Dec 2021", "Jan–Dec 2020" becomes "Apr 2020–Mar 2021". Text without
 * a month and year (the pattern carry-forward relies on) is returned unchanged.
 */
export function advanceMonthsInText(text: string, count: number) {
  return text.replace(
    MENTION,
    (whole, fromWord?: string, fromYear?: string, toWord?: string, toYear?: string, oneWord?: string, oneYear?: string) => {
      if (oneWord && oneYear) {
        const moved = addMonths(toMonth(Number(oneYear), monthNumber(oneWord)), count);
        return oneWord.length > 4 ? long.format(monthToDate(moved)) : `${shortName(moved)} ${yearOf(moved)}`;
      }
      if (!fromWord || !toWord || !toYear) return whole;
      const end = toMonth(Number(toYear), monthNumber(toWord));
      const startYear = fromYear ? Number(fromYear) : Number(toYear) - (monthNumber(fromWord) > monthNumber(toWord) ? 1 : 0);
      const start = toMonth(startYear, monthNumber(fromWord));
      return formatPeriod(addMonths(start, count), addMonths(end, count))!;
    },
  );
}

/** A stored period in words with its note: "Oct 2020–Sep 2021 (Latest Home Office statistics)". */
export function periodText(start: Date | null | undefined, end: Date | null | undefined, note?: string | null) {
  const months = formatStoredPeriod(start, end);
  const extra = note?.trim();
  if (months && extra) return `${months} (${extra})`;
  return months ?? extra ?? null;
}
