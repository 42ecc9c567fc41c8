// Server action requests carry their arguments as JSON text (React's encodeReply). Next.js
// answers a body it cannot decode (too large, not JSON, nested deeper than its decoder's stack)
// with a 500 and an unhandled error in the log; the proxy checks first and answers plainly.

/** Matches Next's default serverActions.bodySizeLimit (1 MB). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/** Far deeper than any form here sends (about 4), far shallower than a stack overflow. */
export const MAX_JSON_DEPTH = 32;

export type BodyCheck = { ok: true } | { ok: false; status: 400 | 413 | 415; message: string };

export function checkActionBodySize(contentLength: number | null): BodyCheck {
  if (contentLength != null && contentLength > ACTION_BODY_LIMIT) return tooLarge;
  return { ok: true };
}

const tooLarge: BodyCheck = {
  ok: false,
  status: 413,
  message: "The request is too large to save (the limit is 1 MB). Nothing was saved: shorten the text and try again.",
};

/** Checks a server action's body before Next decodes it. */
export function checkActionBody(contentType: string | null, body: string): BodyCheck {
  if (new TextEncoder().encode(body).length > ACTION_BODY_LIMIT) return tooLarge;
  if (!contentType?.startsWith("text/plain"))
    return { ok: false, status: 415, message: "The request could not be read (expected the form's data as JSON). Nothing was saved." };
  if (jsonDepth(body) > MAX_JSON_DEPTH)
    return { ok: false, status: 400, message: "The request is nested too deeply to read. Nothing was saved." };
  try {
    JSON.parse(body);
  } catch {
    return { ok: false, status: 400, message: "The request could not be read (it is not valid JSON). Nothing was saved." };
  }
  return { ok: true };
}

/** The deepest nesting of arrays and objects in JSON text, counted without recursion. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return deepest;
}
