/** Session lifetime in seconds, from SESSION_MAX_AGE_HOURS (default 8: one working day). */
export function sessionMaxAgeSeconds(env: Record<string, string | undefined>) {
  const hours = Number(env.SESSION_MAX_AGE_HOURS ?? 8);
  return Math.round((Number.isFinite(hours) && hours > 0 ? hours : 8) * 3600);
}
