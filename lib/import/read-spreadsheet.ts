import { detectFile } from "./detect-file";
import { MAX_FILE_BYTES } from "./limits";
import { formatBytes } from "./problems";
import { readCsv, type ReadResult } from "./read-csv";
import { readXlsx } from "./read-xlsx";

export type UploadedFile = { name: string; bytes: Uint8Array };

/** The first sheet of an uploaded .xlsx or CSV file, or why it cannot be read, in words. */
export async function readSpreadsheet(file: UploadedFile): Promise<ReadResult> {
  if (file.bytes.length > MAX_FILE_BYTES) return { ok: false, message: tooLargeMessage(file.bytes.length) };
  const detected = detectFile(file.name, file.bytes);
  if (!detected.ok) return detected;
  return detected.kind === "xlsx" ? readXlsx(file.bytes) : readCsv(file.bytes);
}

export function tooLargeMessage(size: number | null) {
  const actual = size ? `The file is ${formatBytes(size)}; the` : "The";
  return `${actual} import takes files up to ${formatBytes(MAX_FILE_BYTES)} (the filled-in template is about 10 KB). Keep only the template's sheet, rows and columns, then try again.`;
}
