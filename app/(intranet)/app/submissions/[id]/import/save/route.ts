import { revalidatePath } from "next/cache";
import { readConfirmation } from "@/lib/schemas/import";
import { uploadRoute } from "@/server/http/upload-route";
import { importSpreadsheet } from "@/server/imports/import-spreadsheet";
import { DomainError } from "@/server/errors";

/** Imports a checked spreadsheet: the file again, with the SHA-256 and versions its preview showed. */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return uploadRoute(req, "force:edit", async (actor, { file, fields }) => {
    const expected = readConfirmation(fields.get("expected"));
    if (!expected) throw new DomainError("The confirmation could not be read. Check the file again, then import it.");
    const result = await importSpreadsheet({ actor, submissionId: id, file, expected });
    revalidatePath(`/app/submissions/${id}`, "layout");
    return result;
  });
}
