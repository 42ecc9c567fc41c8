import "server-only";

/**
 * A unique key refused the write (Prisma P2002): someone created the same thing a moment
 * earlier. SQLite's single writer makes the earlier "does it exist?" check enough there; on
 * PostgreSQL two transactions can both pass that check, and the key decides.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
