import "server-only";
import { randomBytes } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { ForbiddenError } from "@/lib/permissions";
import type { ActionResult, FieldErrors } from "@/lib/action-result";
import { ILL_FORMED_TEXT, illFormedStringPaths } from "@/lib/text/ill-formed-strings";
import { DomainError } from "./errors";
import { currentUser, type SessionUser } from "./session";

const SIGNED_OUT = "Your session has ended. Sign in again to continue.";

/**
 * The shared spine of every server action: session, then zod, then the domain call, turning
 * known refusals into an ActionResult. Anything else (a database that cannot be written, a
 * bug) is logged with a reference and reported as "nothing was changed": every domain
 * operation writes in one transaction, so a failure part-way has rolled back.
 */
export async function runAction<S extends z.ZodType, T = undefined>(
  schema: S,
  input: unknown,
  fn: (actor: SessionUser, data: z.output<S>) => Promise<T | void>,
): Promise<ActionResult<T>> {
  const actor = await currentUser();
  if (!actor) return { ok: false, message: SIGNED_OUT };
  const illFormed = illFormedStringPaths(input);
  if (illFormed.length)
    return { ok: false, message: ILL_FORMED_TEXT, fieldErrors: Object.fromEntries(illFormed.map((path) => [path, [ILL_FORMED_TEXT]])) };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
    return { ok: false, message: "Check the highlighted fields.", fieldErrors };
  }
  try {
    const data = await fn(actor, parsed.data);
    return { ok: true, data: data ?? undefined };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, message: error.message };
    if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    // redirect() and notFound() work by throwing; they are Next's to handle.
    unstable_rethrow(error);
    const reference = randomBytes(4).toString("hex");
    console.error(`[action failed ${reference}] user ${actor.id}:`, error);
    return {
      ok: false,
      message: `Could not save: something went wrong on the server, and nothing was changed. Try again; if it keeps happening, tell your administrator (reference ${reference}).`,
    };
  }
}
