// Which reader a file needs, decided by its content, not its name: a renamed file is told what
// it really is. Spreadsheets saved in a form the import cannot read get the steps to fix it.

export type Detected = { ok: true; kind: "csv" | "xlsx" } | { ok: false; message: string };

const SAVE_AS = "In Excel choose File, Save As, and pick Excel Workbook (.xlsx) or CSV UTF-8 (Comma delimited) (.csv).";

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** What a non-spreadsheet is, by its first bytes (its "magic number"), for the message. */
function knownBinary(bytes: Uint8Array): string | null {
  if (startsWith(bytes, 0x4d, 0x5a)) return "a Windows program (.exe)";
  if (startsWith(bytes, 0x7f, 0x45, 0x4c, 0x46)) return "a Linux program";
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return "a PDF document";
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return "a PNG image";
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return "a JPEG image";
  if (startsWith(bytes, 0x1f, 0x8b)) return "a gzip archive";
  if (startsWith(bytes, 0x52, 0x61, 0x72, 0x21)) return "a RAR archive";
  if (startsWith(bytes, 0x37, 0x7a, 0xbc, 0xaf)) return "a 7-Zip archive";
  return null;
}

export function detectFile(name: string, bytes: Uint8Array): Detected {
  const named = `"${name}"`;
  if (bytes.length === 0) return { ok: false, message: `${named} is empty (0 bytes). Choose the template you filled in.` };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { ok: true, kind: "xlsx" };
  if (startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return { ok: false, message: `${named} is an empty zip file, not a spreadsheet.` };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0))
    return {
      ok: false,
      message: `${named} is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which the import cannot read. Remove any password and save it again: ${SAVE_AS.charAt(0).toLowerCase()}${SAVE_AS.slice(1)}`,
    };
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff))
    return { ok: false, message: `${named} is saved as Unicode text (UTF-16), which the import cannot read. ${SAVE_AS}` };
  const binary = knownBinary(bytes);
  if (binary)
    return {
      ok: false,
      message: `${named} is not a spreadsheet: it is ${binary}. Choose the template you filled in, saved as .xlsx or .csv.`,
    };
  // Text never holds a NUL byte; anything else that does is some other binary file.
  if (bytes.subarray(0, 8192).includes(0))
    return {
      ok: false,
      message: `${named} is not a spreadsheet or a CSV file. Choose the template you filled in, saved as .xlsx or .csv.`,
    };
  return { ok: true, kind: "csv" };
}

export const SAVE_AS_ADVICE = SAVE_AS;
