/** The one result type every server action returns to its form. */
export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  { ok: true; message?: string; data?: T } | { ok: false; message: string; fieldErrors?: FieldErrors };
