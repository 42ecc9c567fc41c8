import { z } from "zod";

// What next-auth's endpoints accept, checked before next-auth sees a request: next-auth answers
// malformed JSON with a 500 and an unhandled error in the log, and hands whatever a crafted
// body holds (arrays, objects, megabytes) to the sign-in code. Pure: the route reads the body.

export const MAX_AUTH_BODY_BYTES = 16 * 1024;

export type AuthRequestCheck = { ok: true } | { ok: false; status: 400 | 405 | 413; message: string };

const FORM = "application/x-www-form-urlencoded";

// The fields next-auth's own client posts to the credentials callback.
const credentialsBody = z.object({
  csrfToken: z.string("Missing csrfToken: get one from /api/auth/csrf.").min(1).max(200, "csrfToken is too long."),
  email: z.string("Enter your email address.").trim().min(1, "Enter your email address.").max(320, "The email address is too long."),
  password: z.string("Enter your password.").min(1, "Enter your password.").max(200, "The password is too long (at most 200 characters)."),
  callbackUrl: z.string().max(2048, "callbackUrl is too long.").optional(),
});

function refuse(status: 400 | 405 | 413, message: string): AuthRequestCheck {
  return { ok: false, status, message };
}

/** `route` is the path after /api/auth/, e.g. "callback/credentials". `body` is null when it was too large to read. */
export function checkAuthRequest(request: {
  method: string;
  route: string;
  contentType: string | null;
  body: string | null;
}): AuthRequestCheck {
  const { method, route, body } = request;
  const contentType = (request.contentType ?? "").split(";")[0]!.trim().toLowerCase();
  const credentials = route === "callback/credentials" || route === "signin/credentials";
  if (credentials && method !== "POST") return refuse(405, "Sign in by POSTing the sign-in form to this address.");
  if (method !== "POST") return { ok: true };
  if (body === null) return refuse(413, `The request is too large (at most ${MAX_AUTH_BODY_BYTES / 1024} KB).`);
  if (contentType === "application/json") {
    try {
      const value: unknown = JSON.parse(body || "{}");
      if (typeof value !== "object" || value === null || Array.isArray(value))
        return refuse(400, "The request body must be a JSON object.");
    } catch {
      return refuse(400, "The request body is not valid JSON.");
    }
    if (credentials) return refuse(400, `Send the sign-in form as ${FORM}.`);
    return { ok: true };
  }
  if (!credentials) return { ok: true };
  if (contentType !== FORM) return refuse(400, `Send the sign-in form as ${FORM}.`);
  const fields = new URLSearchParams(body);
  for (const key of new Set(fields.keys())) {
    if (fields.getAll(key).length > 1) return refuse(400, `Send ${key} once.`);
  }
  const parsed = credentialsBody.safeParse(Object.fromEntries(fields));
  if (!parsed.success) return refuse(400, parsed.error.issues[0]!.message);
  return { ok: true };
}
