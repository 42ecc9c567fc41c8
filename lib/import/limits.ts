import { formatBytes } from "./problems";

// The import's limits. A filled-in template with every indicator and KPI is about 10 KB; these
// leave room for a sheet people have added to, while keeping one upload's cost on the server
// small (a spreadsheet is a zip file: its unzipped size is limited as well, so a small file
// that unzips to gigabytes is refused before it is read).

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_UNZIPPED_BYTES = 40 * 1024 * 1024;
export const MAX_ROWS = 1000;
export const MAX_COLUMNS = 60;
/** The accept attribute of the file input. */
export const ACCEPTED_TYPES = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

/** Said of a file over the limit, in the browser before it is sent and by the server. */
export function tooLargeMessage(size: number | null) {
  const actual = size ? `The file is ${formatBytes(size)}; the` : "The";
  return `${actual} import takes files up to ${formatBytes(MAX_FILE_BYTES)} (the filled-in template is about 10 KB). Keep only the template's sheet, rows and columns, then try again.`;
}
