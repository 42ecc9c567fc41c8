import { z } from "zod";
import { optionalText } from "./number";

const isoDate = z
  .string()
  .trim()
  .refine(
    (v) =>
      v === "" ||
      (/^\d{4}-\d{2}-\d{2}$/.test(v) &&
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
        new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)),
    {
      message: "Enter a real date, like 2022-02-22",
    },
  );

/** Meeting details. Only board and title are needed to start; the checklist asks for the rest. */
export const meetingFields = {
  boardName: z.string().trim().min(1, "Enter the board's name").max(200, "Board name must be 200 characters or fewer"),
  meetingDate: isoDate,
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

export function dateToInput(date: Date | null | undefined) {
  return date ? date.toISOString().slice(0, 10) : "";
}

export function inputToDate(value: string) {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}
