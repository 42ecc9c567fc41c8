// Dates shown in UK form and in UK time whatever the server's zone: Intl with
// Europe/London (Node ships full ICU), so no time-zone library is needed. The formatters are
// built once: constructing an Intl.DateTimeFormat costs far more than formatting with one.
const LONDON = "Europe/London";

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: LONDON });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: LONDON,
});

export function formatDate(date: Date | null | undefined) {
  if (!date) return "";
  return DATE.format(date);
}

export function formatDateTime(date: Date | null | undefined) {
  if (!date) return "";
  return DATE_TIME.format(date);
}
