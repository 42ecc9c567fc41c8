import type { ActionResult } from "@/lib/action-result";

export const NOT_REACHED =
  "Could not save: the server did not accept the request (it may be too large, or the connection dropped). Nothing was changed. Try again; if it keeps happening, tell your administrator.";

/**
 * Calls a server action and always settles to an ActionResult. A refused request (413 or 400
 * from the proxy, a dropped connection) rejects the action's promise; the form must still say
 * what happened instead of failing silently or showing an error digest.
 */
export async function settleAction<R>(call: () => Promise<ActionResult<R>>): Promise<ActionResult<R>> {
  try {
    return await call();
  } catch {
    return { ok: false, message: NOT_REACHED };
  }
}
