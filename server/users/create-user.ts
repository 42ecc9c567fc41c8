import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { hashPassword } from "@/server/auth/password";
import { passwordMode } from "@/lib/auth/oidc-config";
import { writeAudit } from "@/server/audit/write-audit";
import { DomainError, isUniqueViolation } from "@/server/errors";
import type { z } from "zod";
import type { createUserSchema } from "@/lib/schemas/user";

export type CreateUserOptions = { actor: SessionActor; input: z.output<typeof createUserSchema> };

export async function createUser({ actor, input }: CreateUserOptions) {
  assertCan(actor, "users:manage");
  const mode = passwordMode(process.env);
  if (mode === "required" && !input.password) {
    throw new DomainError("Check the highlighted fields.", {
      password: ["Enter an initial password: without single sign-on, it is how the person signs in."],
    });
  }
  // With password sign-in switched off, a password could never be used: none is stored.
  const passwordHash = input.password && mode !== "none" ? await hashPassword(input.password) : null;
  try {
    return await insertUser(actor, input, passwordHash);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError("Check the email address.", { email: ["A user with this email address already exists."] });
    throw error;
  }
}

function insertUser(actor: SessionActor, input: CreateUserOptions["input"], passwordHash: string | null) {
  return db.$transaction(async (tx) => {
    // Insert first: the unique email refuses whoever comes second, however close together.
    const user = await tx.user.create({
      data: {
        name: input.name,
        email: input.email,
        passwordHash,
        roles: { create: input.roles.map((role) => ({ role })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      details: { email: input.email, roles: input.roles, password: passwordHash !== null },
    });
    return user;
  });
}
