// Board papers must be published a number of clear working days before the meeting.
// Bank holidays come from date-holidays rather than a hand-kept list, so one-off days
// (jubilees, coronations, state funerals) and substitute days arrive with package updates.
// Dates are Europe/London calendar dates as "YYYY-MM-DD"; arithmetic is done on UTC
// midnights so that clock changes cannot shift a day.
import Holidays from "date-holidays";

export const DEFAULT_CLEAR_DAYS = 5;
const MAX_CLEAR_DAYS = 30;
const DAY_MS = 86_400_000;

export function clearDaysSetting(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PUBLICATION_CLEAR_WORKING_DAYS?.trim();
  if (!raw || !/^\d+$/.test(raw)) return DEFAULT_CLEAR_DAYS;
  const n = Number(raw);
  return n <= MAX_CLEAR_DAYS ? n : DEFAULT_CLEAR_DAYS;
}

const londonDate = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

export function toIsoDate(date: Date): string {
  const parts = Object.fromEntries(londonDate.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function toMs(isoDate: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  // Reject "2022-02-30" as well as malformed strings: a silent roll-over would move a deadline.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== isoDate) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
  }
  return ms;
}

const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (isoDate: string, days: number) => fromMs(toMs(isoDate) + days * DAY_MS);

let holidays: Holidays | undefined;
const byYear = new Map<number, Map<string, string>>();

function holidaysIn(year: number): Map<string, string> {
  let map = byYear.get(year);
  if (!map) {
    holidays ??= new Holidays("GB", "ENG");
    map = new Map();
    for (const h of holidays.getHolidays(year)) {
      // Observances (Mother's Day, Easter Sunday) are not days off.
      if (h.type !== "public" && h.type !== "bank") continue;
      // `date` is already local to Europe/London; `start` is a UTC instant and would be off by an hour in BST.
      const iso = h.date.slice(0, 10);
      if (!map.has(iso)) map.set(iso, h.name);
    }
    byYear.set(year, map);
  }
  return map;
}

export function bankHolidayName(isoDate: string): string | null {
  toMs(isoDate);
  return holidaysIn(Number(isoDate.slice(0, 4))).get(isoDate) ?? null;
}

export function isBankHoliday(isoDate: string): boolean {
  return bankHolidayName(isoDate) !== null;
}

export function isWorkingDay(isoDate: string): boolean {
  const weekday = new Date(toMs(isoDate)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(isoDate);
}

/** Working days strictly between two dates (exclusive of both). */
export function clearWorkingDaysBetween(fromIso: string, toIso: string): number {
  let count = 0;
  for (let d = addDays(fromIso, 1); toMs(d) < toMs(toIso); d = addDays(d, 1)) {
    if (isWorkingDay(d)) count++;
  }
  return count;
}

/** Last calendar date on which publishing still leaves `clearDays` clear working days before the meeting: the day before the earliest of the N working days preceding the meeting day. */
export function publicationDeadline(meetingIso: string, clearDays: number = DEFAULT_CLEAR_DAYS): string {
  if (!Number.isInteger(clearDays) || clearDays < 0) throw new RangeError(`Invalid clear days: ${clearDays}`);
  let earliest = meetingIso;
  for (let found = 0; found < clearDays;) {
    earliest = addDays(earliest, -1);
    if (isWorkingDay(earliest)) found++;
  }
  return addDays(earliest, -1);
}

export type DeadlineStatus = { deadline: string; workingDaysLeft: number; level: "ok" | "amber" | "red" | "overdue" };

/** workingDaysLeft = working days from today (inclusive, if a working day) to the deadline (inclusive); overdue when today > deadline; red when <= 2 working days left; amber when <= 5; else ok. */
export function deadlineStatus(meetingIso: string, todayIso: string, clearDays: number = DEFAULT_CLEAR_DAYS): DeadlineStatus {
  const deadline = publicationDeadline(meetingIso, clearDays);
  if (toMs(todayIso) > toMs(deadline)) return { deadline, workingDaysLeft: 0, level: "overdue" };
  const workingDaysLeft = clearWorkingDaysBetween(addDays(todayIso, -1), addDays(deadline, 1));
  const level = workingDaysLeft <= 2 ? "red" : workingDaysLeft <= 5 ? "amber" : "ok";
  return { deadline, workingDaysLeft, level };
}
