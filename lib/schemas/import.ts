import { z } from "zod";

/** What the import's confirmation sends back from the preview: the checked file's SHA-256 and each row's version then. */
export const importConfirmationSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  versions: z.record(z.string().max(100), z.number().int()),
});
export type ImportConfirmation = z.infer<typeof importConfirmationSchema>;

/** The confirmation as the upload's "expected" field carries it (JSON text), or null when it is not one. */
export function readConfirmation(text: FormDataEntryValue | null): ImportConfirmation | null {
  if (typeof text !== "string") return null;
  try {
    const parsed = importConfirmationSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
