import "server-only";
import { db } from "@/server/db";
import { assertCan, type SessionActor } from "@/lib/permissions";
import { hashPassword } from "@/server/auth/password";
import { writeAudit } from "@/server/audit/write-audit";
import { DomainError } from "@/server/errors";
import { isUniqueViolation } from "@/server/database/conflicts";
import type { z } from "zod";
import type { createUserSchema } from "@/lib/schemas/user";

export type CreateUserOptions = { actor: SessionActor; input: z.output<typeof createUserSchema> };

export async function createUser({ actor, input }: CreateUserOptions) {
  assertCan(actor, "users:manage");
  const passwordHash = await hashPassword(input.password);
  const exists = () => new DomainError("Check the email address.", { email: ["A user with this email address already exists."] });
  return db
    .$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (existing) throw exists();
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
        details: { email: input.email, roles: input.roles },
      });
      return user;
    })
    .catch((error: unknown) => {
      // Created by someone else between the check and the insert (possible on PostgreSQL).
      throw isUniqueViolation(error) ? exists() : error;
    });
}
