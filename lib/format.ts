// Dates shown in UK form and in UK time whatever the server's zone: Intl with
// Europe/London (Node ships full ICU), so no time-zone library is needed.
const LONDON = "Europe/London";

export function formatDate(date: Date | null | undefined) {
  if (!date) return "";
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: LONDON }).format(date);
}

export function formatDateTime(date: Date | null | undefined) {
  if (!date) return "";
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: LONDON,
  }).format(date);
}
