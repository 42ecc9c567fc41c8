// next-auth passes a sign-in error to the browser as `?error=<text>` in a URL anyone can craft,
// so the server sends codes and the page shows only the messages below: a crafted link can
// never make the sign-in page display words of an attacker's choosing.

export const SIGN_IN_MESSAGES = {
  incorrect: "The email address or password is incorrect.",
  deactivated: "This account has been deactivated. Ask an administrator to reactivate it.",
  busy: "Too many sign-ins for this account at once. Wait a moment and try again.",
  invalid: "Enter your email address and password.",
  "local-off": "Sign-in with a password is turned off here. Use single sign-on.",
  unavailable:
    "Could not sign you in: the server could not record the sign-in, and nothing was changed. Try again in a few minutes; if it keeps happening, tell your administrator.",
  // next-auth's own codes for single sign-on that did not complete.
  OAuthSignin: "Single sign-on could not start. Try again, or ask your administrator if it keeps happening.",
  OAuthCallback: "Single sign-on did not complete: the answer from the identity provider could not be verified. Try again.",
  Callback: "Single sign-on did not complete. Try again.",
  AccessDenied: "You do not have access to Scorecard. Ask your administrator for access.",
  Configuration: "Sign-in is not set up correctly. Ask your administrator.",
  SessionRequired: "Sign in to continue.",
} as const;

export type SignInErrorCode = keyof typeof SIGN_IN_MESSAGES;

const FALLBACK = "Sign-in failed. Try again.";

/** The code for a throttled account, carrying the minutes until it may try again. */
export function throttledCode(minutes: number) {
  return `throttled:${Math.max(1, Math.ceil(minutes))}`;
}

export function signInErrorMessage(code: unknown): string {
  if (typeof code !== "string" || code === "") return FALLBACK;
  const throttled = /^throttled:(\d{1,4})$/.exec(code);
  if (throttled) {
    const minutes = Number(throttled[1]);
    return `Too many failed sign-in attempts for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  return Object.hasOwn(SIGN_IN_MESSAGES, code) ? SIGN_IN_MESSAGES[code as SignInErrorCode] : FALLBACK;
}
