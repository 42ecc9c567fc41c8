import { z } from "zod";
import { optionalText } from "./number";

/** A date entered in three boxes (GOV.UK's date input): day, month and year, all digits. */
export const dateInput = z.object({ day: z.string(), month: z.string(), year: z.string() });
export type DateInput = z.input<typeof dateInput>;

/** Reads the three boxes into an ISO date ("" when all are blank), saying what to fix otherwise. */
export function readDate(input: DateInput, name: string): { ok: true; value: string } | { ok: false; message: string } {
  const day = input.day.trim();
  const month = input.month.trim();
  const year = input.year.trim();
  if (!day && !month && !year) return { ok: true, value: "" };
  const missing = [!day && "a day", !month && "a month", !year && "a year"].filter(Boolean) as string[];
  if (missing.length) return { ok: false, message: `The ${name} must include ${missing.join(" and ")}` };
  const real = `The ${name} must be a real date, like 22 2 2022`;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { ok: false, message: real };
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return { ok: false, message: real };
  return { ok: true, value: iso };
}

const meetingDate = dateInput.transform((input, ctx) => {
  const read = readDate(input, "meeting date");
  if (read.ok) return read.value;
  ctx.addIssue({ code: "custom", message: read.message });
  return z.NEVER;
});

/** Meeting details. Only board and title are needed to start; the checklist asks for the rest. */
export const meetingFields = {
  boardName: z.string().trim().min(1, "Enter the board's name").max(200, "Board name must be 200 characters or fewer"),
  meetingDate,
  agendaItem: optionalText(20, "Agenda item"),
  planPriority: optionalText(200, "Plan priority"),
  title: z.string().trim().min(1, "Enter the paper's title").max(300, "Title must be 300 characters or fewer"),
  presenters: optionalText(300, "Presenters"),
};

export const meetingSchema = z.object({ submissionId: z.string().min(1), version: z.number().int(), ...meetingFields });
export type MeetingInput = z.input<typeof meetingSchema>;

const thisYear = new Date().getFullYear();

export const createQuarterSchema = z.object({
  fyStart: z.coerce
    .number({ message: "Enter the year the financial year starts, like 2021" })
    .int("Enter a whole year, like 2021")
    .min(2019, "The national measures start from 2019/20")
    .max(thisYear + 2, `Enter a year no later than ${thisYear + 2}`),
  quarter: z.enum(["1", "2", "3", "4"], { message: "Choose a quarter" }),
  ...meetingFields,
});
export type CreateQuarterInput = z.input<typeof createQuarterSchema>;

export function dateToInput(date: Date | null | undefined): DateInput {
  if (!date) return { day: "", month: "", year: "" };
  return { day: String(date.getUTCDate()), month: String(date.getUTCMonth() + 1), year: String(date.getUTCFullYear()) };
}

/** An ISO date ("2022-02-22") as the three boxes, for fixtures and defaults. */
export function isoToInput(iso: string): DateInput {
  const [year = "", month = "", day = ""] = iso.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

export function inputToDate(value: string) {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}
