"use client";

import type { FieldValues, Path } from "react-hook-form";
import { TextField, type AnyForm } from "./fields";
import { DateField } from "./date-fields";

/** The board meeting's details, shared by "create a quarter" and "edit meeting details". */
export function MeetingFields<T extends FieldValues>({ form }: { form: AnyForm<T> }) {
  const name = (n: string) => n as Path<T>;
  return (
    <>
      <TextField form={form} name={name("boardName")} label="Board" />
      <DateField
        form={form}
        name={name("meetingDate")}
        label="Meeting date"
        hint="For example, 22 2 2022. The publication deadline is counted back from this date."
      />
      <TextField form={form} name={name("agendaItem")} label="Agenda item number" inputClassName="max-w-32" />
      <TextField form={form} name={name("planPriority")} label="Police and Crime Plan priority" />
      <TextField form={form} name={name("title")} label="Title of the paper" />
      <TextField
        form={form}
        name={name("presenters")}
        label="Presented by"
        hint="For example: Deputy Chief Constable Vanessa Jardine & Mark Kenyon"
      />
    </>
  );
}
