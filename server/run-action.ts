import "server-only";
import type { z } from "zod";
import { ForbiddenError } from "@/lib/permissions";
import type { ActionResult } from "@/lib/action-result";
import { DomainError } from "./errors";
import { currentUser, type SessionUser } from "./session";

const SIGNED_OUT = "Your session has ended. Sign in again to continue.";

/**
 * The shared spine of every server action: session, then zod, then the domain call, turning
 * known refusals into an ActionResult. Unknown errors are rethrown so they are not hidden.
 */
export async function runAction<S extends z.ZodType, T = undefined>(
  schema: S,
  input: unknown,
  fn: (actor: SessionUser, data: z.output<S>) => Promise<T | void>,
): Promise<ActionResult<T>> {
  const actor = await currentUser();
  if (!actor) return { ok: false, message: SIGNED_OUT };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.join(".");
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { ok: false, message: "Check the highlighted fields.", fieldErrors };
  }
  try {
    const data = await fn(actor, parsed.data);
    return { ok: true, data: data ?? undefined };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, message: error.message };
    if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
}
