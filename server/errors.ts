import "server-only";
import type { FieldErrors } from "@/lib/action-result";
import { Prisma } from "@/generated/prisma/client";

/** A refusal the user can act on: shown as the form's message (and beside fields). */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** A save based on an out-of-date version: somebody else saved first. */
export class StaleError extends DomainError {
  constructor(what = "This") {
    super(
      `${what} was changed by someone else after you opened it. Your changes were not saved: reload the page to see the latest version, then make your changes again.`,
    );
    this.name = "StaleError";
  }
}

export class NotFoundError extends DomainError {
  constructor(what = "That item") {
    super(`${what} could not be found.`);
    this.name = "NotFoundError";
  }
}

/**
 * Whether an error is a unique-constraint violation: somebody created the same thing first.
 * Check it outside the transaction that failed (PostgreSQL aborts the transaction).
 */
export function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
