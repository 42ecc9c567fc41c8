// What the import says about a file: problems block the import, notices only inform. Each is
// placed where a person finds it in their spreadsheet: a row number as the spreadsheet shows
// it (the heading row is row 1) and a column by its heading.

export type Problem = { row: number | null; column: string | null; message: string };

export const fileProblem = (message: string): Problem => ({ row: null, column: null, message });

/** "Row 7, Latest: 'twelve' is not a number…", "Row 7: …", or the message alone. */
export function problemText(p: Problem) {
  const where = [p.row != null ? `Row ${p.row}` : null, p.column].filter(Boolean).join(", ");
  return where ? `${where}: ${p.message}` : p.message;
}

/** "A", "B", … "Z", "AA": a column as the spreadsheet names it, from a 0-based index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 10485760 → "10 MB"; 2048 → "2 KB". */
export function formatBytes(bytes: number) {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Text as the messages quote it: trimmed and cut short, so a pasted essay does not fill the page. */
export function quote(text: string) {
  const t = text.trim().replace(/\s+/g, " ");
  return `'${t.length > 40 ? `${t.slice(0, 39)}…` : t}'`;
}
