import { detectFile } from "./detect-file";
import { MAX_FILE_BYTES, tooLargeMessage } from "./limits";
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
